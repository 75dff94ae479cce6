/** 民生集市's figures for one market: fill, no-show and waiting-list rates, and each stall's use. */
import { Text, View } from '@tarojs/components'
import type { StatsOutput } from '../../../../types/market'

const pct = (r: number) => `${Math.round(r * 100)}%`

export function MarketStats({ stats: s }: { stats: StatsOutput }) {
  return (
    <View className="market-stats">
      <Text className="block">
        预约率 {pct(s.fillRate)} · 爽约率 {pct(s.noShowRate)} · 候补转化 {pct(s.waitlistConversion)}
      </Text>
      <Text className="block muted small">
        预约 {s.counts.booked}/{s.counts.bookable} · 到场 {s.counts.checkedIn} · 现场 {s.counts.walkIns} · 临时取消{' '}
        {s.counts.lateCancels}
      </Text>
      {s.stalls.map((st) => (
        <Text key={st.stallId} className="block small">
          {st.stallName}：利用率 {pct(st.utilisation)}（到场 {st.checkedIn} + 现场 {st.walkIns} / {st.capacity}）
        </Text>
      ))}
    </View>
  )
}
