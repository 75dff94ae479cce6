/**
 * The reporter's recent closures (place|category → closed at) on their user record, written in the
 * transaction that closes an order, read at the next submit from the caller (no extra read): what
 * 重复诉求 is decided by.
 */
import { repeatKeyOf, withClosure } from '../../_core/kpis'
import type { Tx } from '../../_platform/store/port'

export async function recordClosure(
  tx: Tx,
  order: { reporterId: string; buildingId: string; categoryCode: string; source?: string },
  closedAt: string,
): Promise<void> {
  if (order.source === 'patrol') return
  const users = tx.collection('users')
  const user = await users.get(order.reporterId)
  if (!user) return
  const recentClosures = withClosure(
    user.recentClosures as Record<string, string> | undefined,
    repeatKeyOf(order),
    closedAt,
  )
  await users.patch(order.reporterId, { recentClosures })
}
