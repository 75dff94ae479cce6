/**
 * 同问 ("me too"): a resident follows an open report of their own building instead of filing it
 * again. Who is a neighbour comes from the server's record of the caller's bound address, never from
 * the client; the transition table decides; the follow, its timeline row and the follower count are
 * written in one transaction. The timeline row names nobody: the reporter, staff and other
 * followers never learn who followed.
 */
import type { Caller } from '../../types/identity'
import { decide, relationsOf } from '../_core/workflow'
import { AppError, conflict, invalidInput } from '../_platform/kit/errors'
import type { Platform } from '../_platform/ports'
import { isStoreConflict, type Store } from '../_platform/store/port'
import { factsOf } from './act'
import { eventDoc, eventIdOf, loadOrder, type OrderDoc } from './orders'
import { verifiedHomeOf } from './report-place'

export const followKeyOf = (userId: string, orderId: string) => `${userId}:${orderId}`

export const followsOf = (store: Store) => store.collection('follows')

/** Is the caller bound to the building the order is about? (A report about a place outside home has none.) */
export function isNeighbour(home: { buildingId: string } | null, order: Pick<OrderDoc, 'buildingId'>): boolean {
  return !!home && !!order.buildingId && home.buildingId === order.buildingId
}

const ATTEMPTS = 5

export async function followOrder(
  platform: Platform,
  caller: Caller,
  orderId: string,
): Promise<{ id: string; followed: true }> {
  const { store, clock } = platform
  const key = followKeyOf(caller.userId, orderId)
  const home = verifiedHomeOf(caller)
  if (!home) throw new AppError('FORBIDDEN', '同问仅限已核实的住户：请先在“我的”里绑定住址并等待核实')
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const [order, already] = await Promise.all([loadOrder(store, orderId), followsOf(store).get(key)])
    if (already) return { id: order._id, followed: true }
    if (order.reporterId === caller.userId) throw invalidInput('这是您自己提交的报事')
    const relations = relationsOf(caller, order, { neighbour: isNeighbour(home, order) })
    const verdict = decide('follow', relations, await factsOf(platform, order, 0))
    if (!verdict.ok) {
      if (verdict.code === 'FORBIDDEN') throw new AppError('FORBIDDEN', '只能同问您所住楼栋的报事')
      throw new AppError(verdict.code, '该报事已办结或尚未受理，无法同问')
    }
    const at = clock.now().toISOString()
    try {
      await store.transaction(async (tx) => {
        // compare-and-set on the version: two follows at once both count
        await tx
          .collection<OrderDoc>('workorders')
          .patch(order._id, { followerCount: order.followerCount + 1 }, { expectedVersion: order._v })
        await tx.collection('follows').insert({ _id: key, userId: caller.userId, orderId: order._id, createdAt: at })
        await tx
          .collection('workorder_events')
          .insert(
            eventDoc(
              eventIdOf(order._id, order._v, 'f'),
              order._id,
              at,
              order.status,
              verdict.to,
              { action: 'follow', actor: { ...caller, name: '' } },
              caller,
            ),
          )
      })
      return { id: order._id, followed: true }
    } catch (error) {
      if (!isStoreConflict(error)) throw error
    }
  }
  throw conflict('同问的人较多，请稍后再试')
}
