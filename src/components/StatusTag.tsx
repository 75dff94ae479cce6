import { Text } from '@tarojs/components'
import type { WorkOrderStatus } from '../../types/workorder'
import { STATUS_LABEL } from '../lib/contract'

const GROUP: Record<WorkOrderStatus, 'open' | 'fixed' | 'closed' | 'warn'> = {
  held: 'open',
  assigned: 'open',
  acknowledged: 'open',
  in_progress: 'open',
  returned: 'warn',
  resolved: 'fixed',
  closed: 'closed',
  cancelled: 'closed',
  rejected: 'closed',
}

interface Props {
  status: WorkOrderStatus
  /** the server's label when it has one */
  label?: string
  overdue?: boolean
}

export function StatusTag({ status, label, overdue }: Props) {
  return (
    <Text
      className={`status-tag status-${GROUP[status] ?? 'open'} status-${status}${overdue ? ' status-overdue' : ''}`}
    >
      {label || STATUS_LABEL[status] || status}
      {overdue ? ' · 已超时' : ''}
    </Text>
  )
}
