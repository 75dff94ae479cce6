/**
 * The detail pane beside the desk table: the order as the order page shows it (head, deadlines,
 * people, 吹哨, timeline), read-only, with 办理 opening the full order page for its actions.
 */
import { View } from '@tarojs/components'
import type { OrderDetail } from '../../../../../types/report'
import { call } from '../../../../api'
import { ErrorBox, Loading, Timeline } from '../../../../components'
import { useLoad } from '../../../../lib/use-load'
import { openOrder } from '../../../shared/nav'
import { DeadlineCard, HeadCard, PeopleCards, WhistleCard } from '../../order/parts/cards'
import '../../order/index.scss'

export function DetailPane({ id, version }: { id: string | null; version: number }) {
  const detail = useLoad(
    () => (id ? call<OrderDetail>('workorder', 'detail', { id }) : Promise.resolve(null)),
    [id, version],
  )
  if (!id) return <View className="desk-pane desk-pane-empty">在左侧选择一件工单查看详情</View>
  // the pane never shows the previous order while the next one loads
  const o = detail.data?.id === id ? detail.data : null
  return (
    <View className="desk-pane" data-id={id}>
      {detail.error ? <ErrorBox error={detail.error} onRetry={detail.reload} /> : null}
      {!o ? (
        detail.loading ? (
          <Loading />
        ) : null
      ) : (
        <View className="order desk-pane-order">
          <View className="desk-pane-bar">
            <View className="desk-pane-open" onClick={() => openOrder(o.id)}>
              {o.actions.length ? '办理此工单 ›' : '打开工单 ›'}
            </View>
          </View>
          <HeadCard o={o} />
          {o.emergencyHint ? <View className="order-card order-emergency">⚠️ {o.emergencyHint}</View> : null}
          <DeadlineCard o={o} />
          <PeopleCards o={o} />
          <WhistleCard o={o} />
          <View className="order-card">
            <View className="order-section-title">办理记录</View>
            <Timeline entries={o.timeline} />
          </View>
        </View>
      )}
    </View>
  )
}
