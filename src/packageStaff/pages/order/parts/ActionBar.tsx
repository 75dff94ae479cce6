import { View } from '@tarojs/components'
import type { WorkOrderAction } from '../../../../../types/workorder'

/** The buttons of the action bar, in the order shown; `actions` from detail decides which appear. */
const BUTTONS: { action: WorkOrderAction; label: string; className: string; primary?: boolean }[] = [
  { action: 'acknowledge', label: '签收', className: 'action-acknowledge', primary: true },
  { action: 'grab', label: '抢单', className: 'action-grab', primary: true },
  { action: 'whistle_report', label: '部门报到', className: 'action-whistle-report', primary: true },
  { action: 'resolve', label: '办结', className: 'action-resolve', primary: true },
  { action: 'progress', label: '进展', className: 'action-progress' },
  { action: 'transfer', label: '转派', className: 'action-transfer' },
  { action: 'whistle', label: '吹哨', className: 'action-escalate' },
  { action: 'return', label: '退回', className: 'action-return' },
  { action: 'reject', label: '驳回', className: 'action-reject' },
]

export function ActionBar(props: { actions: WorkOrderAction[]; busy: boolean; onTap: (a: WorkOrderAction) => void }) {
  const buttons = BUTTONS.filter((b) => props.actions.includes(b.action))
  if (!buttons.length) return null
  return (
    <View className="order-bar">
      {buttons.map((b) => (
        <View
          key={b.action}
          className={`order-action ${b.className} ${b.primary ? 'is-primary' : ''} ${props.busy ? 'is-busy' : ''}`}
          onClick={() => props.onTap(b.action)}
        >
          {b.label}
        </View>
      ))}
    </View>
  )
}
