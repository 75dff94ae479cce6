/**
 * The dashboard's two charts, drawn by @antv/f2: the monthly trend of three rates (lines) and one
 * rate by org (bars). A null rate (an empty denominator) is no point and no bar, never 0: the bar
 * chart names the orgs it leaves out.
 */
import { Axis, Chart, jsx as f2jsx, Interval, Legend, Line, Point } from '@antv/f2'
import { Text, View } from '@tarojs/components'
import { KPI_LABEL, type KpiKey, type OrgKpis, type TrendPoint } from '../../../../../types/supervision'
import { F2Canvas } from '../../../shared/F2Canvas'
import { monthLabel } from './period'

const TREND_KPIS: KpiKey[] = ['onTimeAcknowledgeRate', 'onTimeResolveRate', 'satisfactionRate']
const COLORS = ['#1f6feb', '#1a7f37', '#bc4c00']
const LABEL_STYLE = { fill: '#59636e', fontSize: 12 }

/** F2's element factory (its generic component types do not fit its own `jsx` signature) */
const jsx = f2jsx as unknown as (type: unknown, props: object, ...children: unknown[]) => unknown

const pct = (rate: number) => Math.round(rate * 1000) / 10

export function TrendChart({ trend }: { trend: TrendPoint[] }) {
  const data = trend.flatMap((p) =>
    TREND_KPIS.flatMap((k) =>
      p.kpis[k] === null ? [] : [{ month: monthLabel(p.month), name: KPI_LABEL[k], value: pct(p.kpis[k]) }],
    ),
  )
  if (!data.length) return <Text className="block muted sv-chart-empty">这段时间还没有可计算的数据</Text>
  const chart = jsx(
    Chart,
    { data, scale: { value: { min: 0, max: 100, tickCount: 5 }, month: { range: [0.08, 0.92] } } },
    jsx(Axis, { field: 'month', style: { label: LABEL_STYLE } }),
    jsx(Axis, { field: 'value', formatter: (v: number) => `${v}%`, style: { label: LABEL_STYLE } }),
    jsx(Line, { x: 'month', y: 'value', color: { field: 'name', range: COLORS } }),
    jsx(Point, { x: 'month', y: 'value', color: { field: 'name', range: COLORS } }),
    jsx(Legend, { position: 'top', style: { justifyContent: 'center' }, nameStyle: LABEL_STYLE }),
  )
  return (
    <F2Canvas
      id="sv-trend"
      className="sv-trend"
      height={220}
      chart={chart}
      label="按月趋势：按时签收率、按时办结率、满意率"
      version={JSON.stringify(data)}
    />
  )
}

export function OrgBars({ rows, kpi }: { rows: OrgKpis[]; kpi: KpiKey }) {
  const data = rows.flatMap((r) => (r.kpis[kpi] === null ? [] : [{ org: r.orgName, value: pct(r.kpis[kpi]) }]))
  const missing = rows.filter((r) => r.kpis[kpi] === null).map((r) => r.orgName)
  const chart = jsx(
    Chart,
    // 100% at 94% of the width, so its label is not cut at the edge
    { data, coord: { transposed: true }, scale: { value: { min: 0, max: 100, tickCount: 5, range: [0, 0.94] } } },
    jsx(Axis, { field: 'org', style: { label: LABEL_STYLE } }),
    jsx(Axis, { field: 'value', formatter: (v: number) => `${v}%`, style: { label: LABEL_STYLE } }),
    jsx(Interval, { x: 'org', y: 'value', color: '#1f6feb' }),
  )
  return (
    <View className="sv-bars">
      {data.length ? (
        <F2Canvas
          id="sv-bars"
          className="sv-bars-canvas"
          height={Math.max(140, 36 * data.length + 50)}
          chart={chart}
          label={`各单位${KPI_LABEL[kpi]}`}
          version={`${kpi}:${JSON.stringify(data)}`}
        />
      ) : (
        <Text className="block muted sv-chart-empty">各单位都还没有{KPI_LABEL[kpi]}的数据</Text>
      )}
      {missing.length ? (
        <Text className="block muted small sv-bars-missing">无数据（分母为0，显示为—）：{missing.join('、')}</Text>
      ) : null}
    </View>
  )
}
