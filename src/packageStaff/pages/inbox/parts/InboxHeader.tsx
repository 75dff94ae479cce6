/**
 * The inbox's head: who I am, 在岗/休息 (asking first when I still hold open orders), and the tools of
 * my roles (巡查上报, 待核实住户, 代办证明, the admins' 工单看板 / 街道工作台).
 */
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { User } from '../../../../../types/identity'
import { call, toApiError } from '../../../../api'
import { BRAND_BLUE } from '../../../../lib/brand'
import { go, ROUTES } from '../../../../lib/routes'

export const hasRole = (user: User | null, ...roles: string[]) => !!user?.scopes.some((s) => roles.includes(s.role))

/** The words of the 休息 confirmation, or null when nothing I hold is open (then it needs no asking). */
export function offDutyQuestion(openHeld: number): string | null {
  if (openHeld <= 0) return null
  return `您手上还有 ${openHeld} 件在办工单。休息后新工单不再派给您（同事都休息时进入抢单池），手上的工单仍需您办结或转派。确定休息吗？`
}

export function InboxHeader(props: {
  user: User | null
  onDuty: boolean | null
  /** open orders I hold now (待办 of frontline staff) */
  openHeld: number
  onDutyChange: (onDuty: boolean) => void
}) {
  const { user, onDuty } = props

  const toggle = async () => {
    const next = !onDuty
    const question = next ? null : offDutyQuestion(props.openHeld)
    if (question) {
      const answer = await Taro.showModal({
        title: '切换为休息',
        content: question,
        confirmText: '确定休息',
        cancelText: '继续在岗',
        confirmColor: BRAND_BLUE,
      })
      if (!answer.confirm) return
    }
    try {
      const out = await call<{ onDuty: boolean }>('workorder', 'duty', { onDuty: next })
      props.onDutyChange(out.onDuty)
      Taro.showToast({ title: out.onDuty ? '已在岗，新工单会派给您' : '已休息，新工单暂不派给您', icon: 'none' })
    } catch (e) {
      Taro.showToast({ title: toApiError(e).message, icon: 'none' })
    }
  }

  const links = [
    { show: hasRole(user, 'grid_worker', 'grid_leader'), text: '巡查上报', url: ROUTES.staffPatrol, cls: 'patrol' },
    {
      show: hasRole(user, 'grid_worker', 'grid_leader', 'community_admin', 'street_admin'),
      text: '待核实住户',
      url: ROUTES.staffHouseholds,
      cls: 'households',
    },
    { show: hasRole(user, 'grid_worker'), text: '代办证明', url: ROUTES.staffProxyApply, cls: 'proxy' },
    {
      show: hasRole(user, 'community_admin', 'street_admin'),
      text: hasRole(user, 'street_admin') ? '街道工作台' : '工单看板',
      url: ROUTES.adminDashboard,
      cls: 'dashboard',
    },
  ].filter((l) => l.show)

  return (
    <View className="inbox-header">
      <View className="inbox-who">
        <Text className="inbox-name">{user?.name ?? '工作人员'}</Text>
        {user?.title ? <Text className="inbox-scope">{user.title}</Text> : null}
      </View>
      <View className="inbox-header-actions">
        {onDuty !== null ? (
          <View className={`inbox-duty ${onDuty ? 'is-on' : 'is-off'}`} onClick={toggle}>
            {onDuty ? '在岗' : '休息中'}
          </View>
        ) : null}
        {links.map((l) => (
          <View key={l.cls} className={`inbox-link inbox-${l.cls}`} onClick={() => go(l.url)}>
            {l.text}
          </View>
        ))}
      </View>
    </View>
  )
}
