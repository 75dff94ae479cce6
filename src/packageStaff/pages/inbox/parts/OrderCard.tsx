/** One order of the staff inbox as a phone card: badges (吹哨 among them), the viewer's deadline, 签收 or 抢单. */
import { Text, View } from '@tarojs/components'
import { formatTime, remainingText } from '../../../../../types/china-time'
import type { OrderSummary } from '../../../../../types/report'
import { StatusTag } from '../../../../components'
import { escalationBadge } from '../../../../lib/order-labels'
import { deadlineFor } from './rows'

export function Badges({ o }: { o: OrderSummary }) {
  return (
    <View className="inbox-badges">
      {o.urgent ? <Text className="s-badge s-badge-urgent">紧急</Text> : null}
      {o.whistle ? (
        <Text className="s-badge s-badge-whistle">吹哨·{o.whistle.departmentName}</Text>
      ) : o.escalationLevel > 0 ? (
        <Text className="s-badge s-badge-escalated">{escalationBadge(o.escalationLevel)}</Text>
      ) : null}
      {o.supervised ? <Text className="s-badge s-badge-supervised">督办</Text> : null}
      {o.patrol ? <Text className="s-badge s-badge-patrol">巡查</Text> : null}
      {o.unverifiedReporter ? <Text className="s-badge">未核实住户</Text> : null}
      {o.pool ? <Text className="s-badge s-badge-pool">抢单池</Text> : null}
      {o.followerCount > 0 ? <Text className="s-badge s-badge-follow">{o.followerCount}人同问</Text> : null}
    </View>
  )
}

export function OrderCard(props: {
  o: OrderSummary
  isDepartment: boolean
  busy: boolean
  onOpen: () => void
  onAct: (action: 'acknowledge' | 'grab') => void
}) {
  const { o, busy } = props
  const due = deadlineFor(o, props.isDepartment)
  const act = (action: 'acknowledge' | 'grab') => (e: { stopPropagation: () => void }) => {
    e.stopPropagation()
    props.onAct(action)
  }
  return (
    <View className={`inbox-item ${due?.overdue ? 'is-overdue' : ''}`} data-id={o.id} onClick={props.onOpen}>
      <View className="inbox-item-top">
        <Text className="inbox-item-category">{o.categoryName}</Text>
        <Badges o={o} />
        <StatusTag status={o.status} label={o.statusLabel} overdue={o.overdue} />
      </View>
      <View className="inbox-item-desc">{o.description}</View>
      <View className="inbox-item-address">{o.addressLabel}</View>
      {due ? (
        <View className={`inbox-item-deadline inbox-deadline-${due.kind} ${due.overdue ? 'is-overdue' : ''}`}>
          <Text className="inbox-deadline-text">{remainingText(due.at)}</Text>
          <Text className="inbox-deadline-at">
            {' '}
            · {due.kind}截止 {formatTime(due.at)}
          </Text>
        </View>
      ) : null}
      <View className="inbox-item-bottom">
        <Text className="inbox-item-meta">
          {o.number} · {formatTime(o.createdAt)}
          {o.handlerStaffName && !o.mine ? ` · ${o.handlerOrgName} ${o.handlerStaffName}` : ''}
        </Text>
        {o.pool && o.status === 'assigned' ? (
          <View className={`inbox-btn inbox-grab ${busy ? 'is-busy' : ''}`} onClick={act('grab')}>
            {busy ? '抢单中…' : '抢单'}
          </View>
        ) : o.mine && o.status === 'assigned' ? (
          <View className={`inbox-btn inbox-ack ${busy ? 'is-busy' : ''}`} onClick={act('acknowledge')}>
            {busy ? '签收中…' : '签收'}
          </View>
        ) : null}
      </View>
    </View>
  )
}
