/**
 * What a row of the staff inbox says, the same on a phone card and a desk table row: the deadline
 * that matters to this viewer (a department officer's own 报到 deadline on a 吹哨 order), and the
 * desk table's sort orders.
 */
import type { OrderSummary } from '../../../../../types/report'
import { type SortState, sortRows as sortByValue } from '../../../../lib/desk-sort'
import { deadlineLabel } from '../../../../lib/order-labels'

export type InboxTab = 'todo' | 'open' | 'pool' | 'overdue' | 'reported' | 'resolved' | 'all'

export interface RowDeadline {
  at: string
  /** e.g. '签收', '办结', '报到' */
  kind: string
  overdue: boolean
}

/** The department officer's own 报到 deadline while they have not reported; otherwise the order's next deadline. */
export function deadlineFor(o: OrderSummary, isDepartment: boolean, now = Date.now()): RowDeadline | null {
  if (isDepartment && o.whistle && !o.whistle.reportedAt)
    return { at: o.whistle.reportBy, kind: '报到', overdue: Date.parse(o.whistle.reportBy) < now }
  if (!o.nextDeadline) return null
  return { at: o.nextDeadline, kind: deadlineLabel(o), overdue: o.overdue }
}

/** Only the holder of an order waiting for 签收 can 签收 it (in a batch, too). */
export const canAcknowledge = (o: OrderSummary) => o.mine && o.status === 'assigned'

export type SortKey = 'deadline' | 'status' | 'category'
export type Sort = SortState<SortKey>

const STATUS_RANK: Record<string, number> = {
  held: 0,
  returned: 0,
  assigned: 1,
  acknowledged: 2,
  in_progress: 3,
  resolved: 4,
  closed: 5,
  rejected: 6,
  cancelled: 7,
}

/**
 * Sorted rows for the desk table: deadline (none last when ascending), status (the ones to act on
 * first), category (by name); ties in order-number order.
 */
export function sortRows(rows: readonly OrderSummary[], sort: Sort, isDepartment: boolean): OrderSummary[] {
  const key = (o: OrderSummary): string | number => {
    if (sort.key === 'deadline') return deadlineFor(o, isDepartment)?.at ?? '\uffff'
    if (sort.key === 'status') return STATUS_RANK[o.status] ?? 9
    return o.categoryName
  }
  const byNumber = [...rows].sort((a, b) => a.number.localeCompare(b.number))
  return sortByValue(byNumber, key, sort.asc)
}
