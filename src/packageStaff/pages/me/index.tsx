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
import { CERT_ROUTES } from '../../../lib/certificates'
import { useElderMode } from '../../../lib/elder-mode'
import { DEV_PAGES } from '../../../lib/env'
import { go, ROUTES } from '../../../lib/routes'
import '../../shared/staff.scss'
import './index.scss'

/** The tools each role has, in the order shown; a row shows when the user has any of its roles. */
const LINKS: { text: string; url: string; roles: string[] }[] = [
  { text: '巡查上报', url: ROUTES.staffPatrol, roles: ['grid_worker', 'grid_leader'] },
  {
    text: '待核实住户',
    url: ROUTES.staffHouseholds,
    roles: ['grid_worker', 'grid_leader', 'community_admin', 'street_admin'],
  },
  { text: '证明办理', url: CERT_ROUTES.staffInbox, roles: ['community_admin', 'grid_leader', 'street_admin'] },
  { text: '证明目录', url: CERT_ROUTES.adminCatalogue, roles: ['community_admin', 'street_admin'] },
]

export default function StaffMe() {
  const [user, setUser] = useState<User | null>(getUser)
  const [elder, setElder] = useElderMode()
  useDidShow(() => setUser(getUser()))
  const roles = new Set(user?.scopes.map((s) => s.role) ?? [])
  const links = LINKS.filter((l) => l.roles.some((r) => roles.has(r as never)))

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
          <View key={l.url} className="me-card me-row me-link" onClick={() => go(l.url)}>
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
