/**
 * The orgs one level below the scope, one row each with the selected rate and the key figures; a
 * row opens that org's own view (street → community → grid; companies and departments too).
 */
import { Text, View } from '@tarojs/components'
import { KPI_LABEL, type KpiKey, type OrgKpis, SCOPE_KIND_LABEL } from '../../../../../types/supervision'
import { percent } from './period'

export function OrgTable({ rows, kpi, onOpen }: { rows: OrgKpis[]; kpi: KpiKey; onOpen: (row: OrgKpis) => void }) {
  return (
    <View className="adm-table sv-orgs">
      <View className="adm-tr adm-th">
        <Text className="adm-td sv-col-name">单位</Text>
        <Text className="adm-td sv-col-num">{KPI_LABEL[kpi]}</Text>
        <Text className="adm-td sv-col-num">工单</Text>
        <Text className="adm-td sv-col-num">按时办结</Text>
        <Text className="adm-td sv-col-num">满意率</Text>
      </View>
      {rows.map((r) => (
        <View
          key={`${r.kind}:${r.orgId}`}
          className={`adm-tr sv-org sv-org-${r.kind}`}
          data-id={r.orgId}
          onClick={() => onOpen(r)}
        >
          <View className="adm-td sv-col-name">
            <Text className="sv-org-name">{r.orgName}</Text>
            <Text className="adm-tag sv-org-kind">{SCOPE_KIND_LABEL[r.kind]}</Text>
          </View>
          <Text className="adm-td sv-col-num sv-org-rate">{percent(r.kpis[kpi])}</Text>
          <Text className="adm-td sv-col-num">{r.counts.orders}</Text>
          <Text className="adm-td sv-col-num">{percent(r.kpis.onTimeResolveRate)}</Text>
          <Text className="adm-td sv-col-num">
            {percent(r.kpis.satisfactionRate)}
            <Text className="chevron"> ›</Text>
          </Text>
        </View>
      ))}
    </View>
  )
}
