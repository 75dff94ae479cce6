/**
 * 我的 for staff and admins: who I am and for whom, 长辈模式, the tools of my roles, 修改密码,
 * 切换身份 / 退出. No resident-only row (我的报事 is a resident's): nothing here can only fail.
 */
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { User } from '../../../../types/identity'
import { getUser, logout } from '../../../api'
import { Btn, PageShell, StaffTabBar, Switch } from '../../../components'
import { useElderMode } from '../../../lib/elder-mode'
import { DEV_PAGES } from '../../../lib/env'
import { roleLinksFor } from '../../../lib/role-links'
import { go, ROUTES } from '../../../lib/routes'
import '../../shared/staff.scss'
import './index.scss'

export default function StaffMe() {
  const [user, setUser] = useState<User | null>(getUser)
  const [elder, setElder] = useElderMode()
  useDidShow(() => setUser(getUser()))
  const links = user?.kind === 'staff' ? roleLinksFor(user.scopes) : []

  const signOut = () => {
    logout()
    Taro.reLaunch({ url: DEV_PAGES ? ROUTES.personas : ROUTES.home })
  }

  return (
    <PageShell title="我的">
      <View className="me">
        <View className="me-card me-who">
          <Text className="me-name">{user?.name ?? '未登录'}</Text>
          {user?.title ? <Text className="me-title">{user.title}</Text> : null}
        </View>
        <View className="me-card me-row me-elder" onClick={() => setElder(!elder)}>
          <View className="me-grow">
            <Text className="me-row-text">长辈模式</Text>
            <Text className="me-row-hint">字更大，看得更清楚</Text>
          </View>
          <Switch className="elder-switch" checked={elder} />
        </View>
        {links.map((l) => (
          <View key={l.url} className="me-card me-row me-link" data-url={l.url} onClick={() => go(l.url)}>
            <Text className="me-grow me-row-text">{l.text}</Text>
            <Text className="me-chevron">›</Text>
          </View>
        ))}
        {user?.kind === 'staff' ? (
          <View className="me-card me-row me-link" onClick={() => go(ROUTES.staffPassword)}>
            <Text className="me-grow me-row-text">账号密码</Text>
            <Text className="me-chevron">›</Text>
          </View>
        ) : null}
        {DEV_PAGES ? (
          <Btn kind="secondary" block onClick={() => go(ROUTES.personas)}>
            切换身份
          </Btn>
        ) : null}
        {user ? (
          <Btn kind="plain" block className="me-signout" onClick={signOut}>
            退出登录
          </Btn>
        ) : null}
      </View>
      <StaffTabBar current="me" />
    </PageShell>
  )
}
