/** 同问: open reports of the same kind in the caller's building, filed by neighbours (neighbour view only). */
import { Text, View } from '@tarojs/components'
import { formatTime } from '../../../../../types/china-time'
import type { OrderSummary } from '../../../../../types/report'
import { Btn } from '../../../../components'
import { go, ROUTES, withQuery } from '../../../../lib/routes'

export function NeighbourReports(props: {
  items: OrderSummary[]
  following: string | null
  onFollow(o: OrderSummary): void
}) {
  if (!props.items.length) return null
  return (
    <View className="card similar-list">
      <Text className="field-label">这栋楼已有人报了同样的问题</Text>
      <Text className="block muted small">点“同问”一起关注，不用重复报；办理进展会通知您。</Text>
      {props.items.map((o) => (
        <View key={o.id} className="card similar-item">
          {/* another resident's words and room stay private: the category and building say enough */}
          <Text className="block">
            {o.categoryName} · {o.addressLabel}
          </Text>
          <Text className="block muted small">
            {formatTime(o.createdAt)} · {o.statusLabel} · {o.followerCount} 人同问
          </Text>
          <View className="btn-row">
            {o.followed ? (
              <Btn kind="plain" onClick={() => go(withQuery(ROUTES.reportDetail, { id: o.id }))}>
                看进度
              </Btn>
            ) : null}
            <Btn
              kind="secondary"
              className="follow-button"
              loading={props.following === o.id}
              loadingText="同问中…"
              disabled={o.followed}
              onClick={() => props.onFollow(o)}
            >
              {o.followed ? '已同问' : '同问'}
            </Btn>
          </View>
        </View>
      ))}
    </View>
  )
}
