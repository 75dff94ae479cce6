/** 审计日志 at a desk: the columns of its table (DeskTable), sortable by time, action, target, who and role. */
import { Text } from '@tarojs/components'
import type { AuditRow } from '../../../../types/admin'
import { formatTime } from '../../../../types/china-time'
import type { DeskColumn } from '../../shared/DeskTable'
import { AUDIT_ACTION_LABEL, ROLE_LABEL } from '../../shared/labels'

export const actionLabel = (r: AuditRow) => (AUDIT_ACTION_LABEL as Record<string, string>)[r.action] ?? r.action
export const roleLabel = (r: AuditRow) => ROLE_LABEL[r.role] ?? r.role
const actor = (r: AuditRow) => r.actorName || r.actorId

export const AUDIT_TABLE: DeskColumn<AuditRow>[] = [
  { key: 'at', header: '时间', sortValue: (r) => r.at, cell: (r) => formatTime(r.at) },
  {
    key: 'action',
    header: '操作',
    sortValue: actionLabel,
    cell: (r) => <Text className="dt-name">{actionLabel(r)}</Text>,
  },
  {
    key: 'target',
    header: '对象',
    sortValue: (r) => r.target,
    cell: (r) => <Text className="adm-tag">{r.target}</Text>,
  },
  { key: 'actor', header: '操作人', sortValue: actor, cell: actor },
  { key: 'role', header: '角色', sortValue: roleLabel, cell: roleLabel },
]
