/** One audit record beside the desk table: who, role, when, what, the request, and the change as 修改前 → 修改后. */
import { Text, View } from '@tarojs/components'
import type { AuditRow } from '../../../../types/admin'
import { formatTime } from '../../../../types/china-time'
import { ChangeView, KeyValues } from '../../shared/readable'
import { actionLabel, roleLabel } from './audit-columns'

export function AuditDetail({ row }: { row: AuditRow | null }) {
  if (!row) {
    return (
      <View className="adm-editor audit-detail audit-detail-empty">
        <Text className="block muted">点左侧一条记录，查看修改前后的内容。</Text>
      </View>
    )
  }
  return (
    <View className="adm-editor audit-detail" data-id={row.id}>
      <Text className="adm-editor-title">
        {actionLabel(row)} · {row.target}
      </Text>
      <KeyValues
        rows={[
          ['时间', formatTime(row.at)],
          ['操作人', `${row.actorName || row.actorId}（${roleLabel(row)}）`],
          ['请求编号', row.requestId || '—'],
        ]}
      />
      <Text className="adm-label audit-detail-change">改动</Text>
      <ChangeView before={row.before} after={row.after} />
    </View>
  )
}
