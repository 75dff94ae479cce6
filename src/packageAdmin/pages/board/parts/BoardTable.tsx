/** The quarter's entries for the street: rank, score, grade, list, the four parts and the sample behind them. */
import { Text, View } from '@tarojs/components'
import { type BoardItem, LIST_LABEL, type ListKind } from '../../../../../types/board'

const LIST_TAG: Record<ListKind, string> = {
  red: 'adm-tag-red',
  black: 'adm-tag-black',
  none: '',
  insufficient: 'adm-tag-orange',
}
const pts = (n: number) => (Math.round(n * 10) / 10).toString()
const pct = (r: number | null) => (r === null ? '—' : `${Math.round(r * 1000) / 10}%`)

export function BoardTable({ items }: { items: BoardItem[] }) {
  return (
    <View className="bd-items">
      {items.map((i) => (
        <View key={i.companyId} className={`adm-row bd-item bd-item-${i.list}`} data-id={i.companyId}>
          <View className="adm-row-top">
            <Text className="bd-rank">{i.rank === null ? '—' : `第${i.rank}名`}</Text>
            <Text className="adm-row-name">{i.companyName}</Text>
            {i.list === 'none' ? null : (
              <Text className={`adm-tag ${LIST_TAG[i.list]} bd-list`}>{LIST_LABEL[i.list]}</Text>
            )}
            {i.veto ? <Text className="adm-tag adm-tag-black">一票否决：{i.veto}</Text> : null}
            {i.referral ? <Text className="adm-tag adm-tag-red">连续两季黑榜，建议移送</Text> : null}
            <View className="adm-spacer" />
            <Text className="bd-score">{pts(i.score)}分</Text>
            <Text className="bd-grade">{i.grade}</Text>
          </View>
          <Text className="adm-row-line bd-breakdown">
            居民评价 {pts(i.breakdown.residents)} · 工单效能 {pts(i.breakdown.efficiency)} · 社区考评{' '}
            {pts(i.breakdown.checklist)} · 诉求强度 {pts(i.breakdown.intensity)}
          </Text>
          <Text className="adm-row-line">
            满意度 {pct(i.breakdown.satisfaction)} · 按时签收 {pct(i.breakdown.onTimeAcknowledge)} · 按时办结{' '}
            {pct(i.breakdown.onTimeResolve)} · 重办率 {pct(i.breakdown.reopenRate)} · 每千户工单{' '}
            {i.breakdown.ordersPerThousand === null ? '—' : pts(i.breakdown.ordersPerThousand)} · 社区考评{' '}
            {i.breakdown.checklistScore === null ? '未评' : pts(i.breakdown.checklistScore)}
          </Text>
          <Text className="adm-row-line bd-sample">
            样本：评价 {i.sample.ratings} 条 · 问卷 {i.sample.surveyHouseholds} 户 · 工单 {i.sample.orders} 件 · 服务{' '}
            {i.sample.households} 户{i.sample.discarded ? ` · 剔除 ${i.sample.discarded} 份` : ''}
          </Text>
        </View>
      ))}
    </View>
  )
}
