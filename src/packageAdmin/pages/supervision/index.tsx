/**
 * 督办考核 (supervision dashboard) for street, community, grid, company and department staff: KPI
 * cards (— for an empty denominator), the monthly trend and one rate by org as F2 charts, a table
 * that drills street → community → grid, and at every level the 问题工单 that open the order itself.
 * 导出Excel writes the same scope and period as an .xlsx.
 */
import { Text, View } from '@tarojs/components'
import { useMemo, useState } from 'react'
import type { KpiKey, KpisOutput, OrgKpis } from '../../../../types/supervision'
import { KPI_LABEL, SCOPE_KIND_LABEL } from '../../../../types/supervision'
import { call, getUser } from '../../../api'
import { Empty, ErrorBox, Loading, PageShell } from '../../../components'
import { useLoad } from '../../../lib/use-load'
import { Chips } from '../../shared/fields'
import { OrgBars, TrendChart } from './parts/charts'
import { ExportButton } from './parts/ExportButton'
import { KpiCards } from './parts/KpiCards'
import { OrgTable } from './parts/OrgTable'
import { ProblemList } from './parts/ProblemList'
import { PERIODS, type PeriodKey, periodOf } from './parts/period'
import { type Crumb, homeScope } from './parts/scope'
import '../../shared/admin.scss'
import './index.scss'

export default function SupervisionPage() {
  const home = useMemo(() => homeScope(getUser()?.scopes ?? []), [])
  const [path, setPath] = useState<Crumb[]>(home ? [{ ...home, name: '' }] : [])
  const [periodKey, setPeriodKey] = useState<PeriodKey>('last3')
  const [kpi, setKpi] = useState<KpiKey>('onTimeResolveRate')
  const period = useMemo(() => periodOf(periodKey, new Date()), [periodKey])
  const scope = path[path.length - 1]

  const { data, error, loading, reload } = useLoad(
    () => call<KpisOutput>('supervision', 'kpis', { scope: { kind: scope.kind, id: scope.id }, ...period }),
    [scope?.kind, scope?.id, period.from, period.to],
    { skip: !scope },
  )

  if (!scope) {
    return (
      <PageShell className="adm-page sv-page">
        <Empty text="督办考核只对街道、社区、网格、物业经理和职能部门开放。" />
      </PageShell>
    )
  }

  const names = path.map((c, i) => (i === path.length - 1 && data ? data.scope.name : c.name))
  const named = path.map((c, i) => ({ ...c, name: names[i] }))
  const drill = (row: OrgKpis) => setPath([...named, { kind: row.kind, id: row.orgId, name: row.orgName }])
  const back = (index: number) => setPath(named.slice(0, index + 1))

  return (
    <PageShell title="督办考核" className="adm-page sv-page">
      <View className="adm-wrap">
        <View className="sv-crumbs">
          {path.map((c, i) => (
            <Text
              key={`${c.kind}:${c.id}`}
              className={`sv-crumb ${i === path.length - 1 ? 'is-current' : ''}`}
              data-kind={c.kind}
              onClick={() => back(i)}
            >
              {i ? ' › ' : ''}
              {names[i] || SCOPE_KIND_LABEL[c.kind]}
            </Text>
          ))}
        </View>
        <View className="adm-toolbar sv-toolbar">
          <Chips
            value={periodKey}
            options={PERIODS.map((p) => ({ value: p.key, label: p.label }))}
            onChange={(v) => setPeriodKey(v as PeriodKey)}
            chipClass="sv-period"
          />
          <Text className="muted small sv-range">
            {period.from} 至 {period.to}
          </Text>
          <View className="adm-spacer" />
          <ExportButton scope={{ kind: scope.kind, id: scope.id }} from={period.from} to={period.to} />
        </View>

        {loading && !data ? <Loading /> : null}
        {error ? <ErrorBox error={error} onRetry={reload} /> : null}
        {data ? (
          <>
            <KpiCards kpis={data.kpis} counts={data.counts} selected={kpi} onSelect={setKpi} />
            <View className="sv-charts">
              <View className="sv-section sv-trend-box">
                <Text className="sv-h">按月趋势</Text>
                <TrendChart trend={data.trend} />
              </View>
              {data.byOrg.length ? (
                <View className="sv-section sv-bars-box">
                  <Text className="sv-h">各单位{KPI_LABEL[kpi]}</Text>
                  <Text className="block muted small sv-h-note">点上方指标卡片可切换</Text>
                  <OrgBars rows={data.byOrg} kpi={kpi} />
                </View>
              ) : null}
            </View>
            {data.byOrg.length ? (
              <View className="sv-section">
                <Text className="sv-h">下级单位（点一行查看）</Text>
                <OrgTable rows={data.byOrg} kpi={kpi} onOpen={drill} />
              </View>
            ) : null}
          </>
        ) : null}
        <ProblemList
          scope={{ kind: scope.kind, id: scope.id }}
          title={`${names[names.length - 1] || SCOPE_KIND_LABEL[scope.kind]}的问题工单`}
        />
      </View>
    </PageShell>
  )
}
