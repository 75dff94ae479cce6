/** 我的: who I am, my address, 长辈模式, 我的报事, 消息 (with the unread count), 切换身份 / 退出. */
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { User } from '../../../types/identity'
import type { MessagesOutput } from '../../../types/messages'
import { call, getUser, logout } from '../../api'
import { AddressText, Btn, PageShell, Switch } from '../../components'
import { useElderMode } from '../../lib/elder-mode'
import { DEV_PAGES } from '../../lib/env'
import { go, ROUTES, workPageFor } from '../../lib/routes'
import { MineOnboarding } from '../onboarding/parts/MineOnboarding'
import { RoleLinks } from './RoleLinks'
import './index.scss'

export default function MinePage() {
  const [user, setUser] = useState<User | null>(getUser)
  const [elder, setElder] = useElderMode()
  const [unread, setUnread] = useState(0)
  useDidShow(() => {
    const u = getUser()
    setUser(u)
    // the badge only: a failure leaves it off
    if (u)
      call<MessagesOutput>('auth', 'messages', { limit: 1 })
        .then((out) => setUnread(out.unread))
        .catch(() => setUnread(0))
  })
  const work = workPageFor(user)

  const signOut = () => {
    logout()
    Taro.reLaunch({ url: DEV_PAGES ? ROUTES.personas : ROUTES.home })
  }

  return (
    <PageShell>
      <View className="card">
        <Text className="mine-name">{user ? user.name : '未登录'}</Text>
        {user?.title ? <Text className="block muted">{user.title}</Text> : null}
        {user?.address ? (
          <AddressText className="block muted" label={user.address.label} />
        ) : (
          <Text className="block muted">尚未绑定住址</Text>
        )}
      </View>

      <MineOnboarding user={user} />

      <View className="card card-link" onClick={() => setElder(!elder)}>
        <View className="grow">
          <Text className="block">长辈模式</Text>
          <Text className="block muted small">字更大，看得更清楚</Text>
        </View>
        {/* the whole row is the target; the switch only shows the state (its tap bubbles to the row) */}
        <Switch className={`elder-switch${elder ? ' elder-switch-on' : ''}`} checked={elder} />
      </View>

      {/* 我的报事 is a resident's list: staff have their own 我的 (packageStaff/me) and would only get a 403 */}
      {user?.kind === 'staff' ? null : (
        <View className="card card-link" onClick={() => go(ROUTES.reportMine)}>
          <Text className="grow">我的报事</Text>
          <Text className="chevron">›</Text>
        </View>
      )}
      <RoleLinks scopes={user?.scopes ?? []} />
      {work ? (
        <View className="card card-link" onClick={() => go(work)}>
          <Text className="grow">工作台</Text>
          <Text className="chevron">›</Text>
        </View>
      ) : null}
      {user ? (
        <View className="card card-link messages-link" onClick={() => go(ROUTES.messages)}>
          <View className="grow">
            <Text className="block">
              消息
              {unread > 0 ? <Text className="badge">{unread > 99 ? '99+' : unread}</Text> : null}
            </Text>
            <Text className="block muted small">办理进度、预约和证明的通知</Text>
          </View>
          <Text className="chevron">›</Text>
        </View>
      ) : null}

      {DEV_PAGES ? (
        <Btn kind="secondary" block onClick={() => go(ROUTES.personas)}>
          切换身份
        </Btn>
      ) : null}
      {user ? (
        <Btn kind="plain" block onClick={signOut}>
          退出登录
        </Btn>
      ) : null}
    </PageShell>
  )
}
