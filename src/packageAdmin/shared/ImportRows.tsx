/** An import's answer row by row: 行号, the row's result, and why a row was refused. Refused rows first. */
import { Text, View } from '@tarojs/components'

export interface ImportRow {
  row: number
  status: string
  reason?: string
}

export function ImportRows({ rows, labels }: { rows: readonly ImportRow[]; labels: Record<string, string> }) {
  const sorted = [...rows].sort(
    (a, b) => Number(b.status === 'refused') - Number(a.status === 'refused') || a.row - b.row,
  )
  return (
    <View className="adm-table import-table">
      <View className="adm-tr adm-th">
        <Text className="adm-td import-col-row">行</Text>
        <Text className="adm-td import-col-status">结果</Text>
        <Text className="adm-td import-col-reason">原因</Text>
      </View>
      {sorted.map((r) => (
        <View
          key={r.row}
          className={`adm-tr import-row ${r.status === 'refused' ? 'is-refused' : ''}`}
          data-row={r.row}
        >
          <Text className="adm-td import-col-row">{r.row}</Text>
          <Text className={`adm-td import-col-status import-status-${r.status}`}>{labels[r.status] ?? r.status}</Text>
          <Text className="adm-td import-col-reason">{r.reason ?? ''}</Text>
        </View>
      ))}
    </View>
  )
}
