/**
 * On 我的: nobody signed in → 登录; a resident → each house with its status and 管理住址;
 * staff → 修改密码 and 使用邀请码. Loaded each time 我的 is shown.
 */
import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { HouseholdView } from '../../../../types/household'
import type { User } from '../../../../types/identity'
import { call } from '../../../api'
import { Btn } from '../../../components'
import { go, ROUTES } from '../../../lib/routes'
import { HouseCard } from './HouseCard'
import '../onboarding.scss'

function Link({ url, text, sub, className }: { url: string; text: string; sub?: string; className?: string }) {
  return (
    <View className={`card card-link ${className ?? ''}`} onClick={() => go(url)}>
      <View className="grow">
        <Text className="block">{text}</Text>
        {sub ? <Text className="block muted small">{sub}</Text> : null}
      </View>
      <Text className="chevron">›</Text>
    </View>
  )
}

export function MineOnboarding({ user }: { user: User | null }) {
  const [houses, setHouses] = useState<HouseholdView[] | null>(null)
  useDidShow(() => {
    if (user?.kind !== 'resident') return
    call<{ items: HouseholdView[] }>('household', 'mine', {})
      .then((out) => setHouses(out.items))
      .catch(() => setHouses(null))
  })

  if (!user) {
    return (
      <Btn block className="mine-sign-in" onClick={() => go(ROUTES.welcome)}>
        登录 / 注册
      </Btn>
    )
  }
  if (user.kind === 'staff') {
    return (
      <View>
        <Link
          url={ROUTES.staffPassword}
          text="修改密码"
          sub="工作台网页版用账号密码登录"
          className="change-password-link"
        />
        <Link url={ROUTES.redeemInvite} text="使用邀请码" sub="加入另一个单位或岗位" />
      </View>
    )
  }
  return (
    <View className="mine-houses">
      {(houses ?? []).map((h) => (
        <HouseCard key={h.id} house={h} />
      ))}
      {houses && houses.length === 0 ? (
        <Btn block className="mine-bind" onClick={() => go(ROUTES.bind)}>
          绑定住址
        </Btn>
      ) : (
        <Link url={ROUTES.houses} text="管理住址" sub="切换当前住址、再绑一处、解绑" className="manage-houses" />
      )}
    </View>
  )
}
