/** The eight KPI cards: the rate (— when its denominator is empty), the counts behind it, what it divides. */
import { Text, View } from '@tarojs/components'
import {
  KPI_DEFINITION,
  KPI_KEYS,
  KPI_LABEL,
  type KpiCounts,
  type KpiKey,
  type Kpis,
} from '../../../../../types/supervision'
import { percent } from './period'

/** numerator / denominator of each rate, from the counts */
const FRACTION: Record<KpiKey, (c: KpiCounts) => [number, number]> = {
  onTimeAcknowledgeRate: (c) => [c.acknowledgedOnTime, c.acknowledgeDue],
  onTimeResolveRate: (c) => [c.resolvedOnTime, c.resolveDue],
  followUpRate: (c) => [c.rated, c.closed],
  satisfactionRate: (c) => [c.satisfied, c.ratings],
  resolutionRate: (c) => [c.resolvedYes, c.resolvedAnswered],
  reopenRate: (c) => [c.reopened, c.closed],
  repeatRate: (c) => [c.repeats, c.orders],
  returnRate: (c) => [c.returned, c.dispatched],
}
/** rates where lower is better: shown in orange when above zero */
const LOWER_IS_BETTER = new Set<KpiKey>(['reopenRate', 'repeatRate', 'returnRate'])

export function KpiCards({
  kpis,
  counts,
  selected,
  onSelect,
}: {
  kpis: Kpis
  counts: KpiCounts
  selected: KpiKey
  onSelect: (k: KpiKey) => void
}) {
  return (
    <View className="sv-cards">
      {KPI_KEYS.map((k) => {
        const [top, bottom] = FRACTION[k](counts)
        const warn = LOWER_IS_BETTER.has(k) && (kpis[k] ?? 0) > 0
        return (
          <View
            key={k}
            className={`sv-card sv-card-${k} ${selected === k ? 'is-selected' : ''}`}
            data-kpi={k}
            onClick={() => onSelect(k)}
          >
            <Text className="sv-card-label">{KPI_LABEL[k]}</Text>
            <Text className={`sv-card-value ${kpis[k] === null ? 'is-empty' : ''} ${warn ? 'is-warn' : ''}`}>
              {percent(kpis[k])}
            </Text>
            <Text className="sv-card-count">
              {top} / {bottom}
            </Text>
            <Text className="sv-card-def">{KPI_DEFINITION[k]}</Text>
          </View>
        )
      })}
    </View>
  )
}
