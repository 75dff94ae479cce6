/**
 * 扫码核销, walk-ins and the attendance list, for the staff who work at a market. A scan answers
 * with the booking's masked name; the same scan sent again (same nonce) checks in once.
 */

import { maskName } from '../../../types/id-number'
import type { Caller } from '../../../types/identity'
import type { AttendanceOutput, CheckinOutput } from '../../../types/market'
import { bookingTransition, checkinOutcome } from '../../_core/market'
import { conflict, forbidden, notFound } from '../../_platform/kit/errors'
import type { Platform } from '../../_platform/ports'
import { isStoreConflict } from '../../_platform/store/port'
import { mayWorkAt } from './access'
import {
  type BookingDoc,
  bookings,
  C,
  type MarketDoc,
  markets,
  parseCheckinCode,
  type SlotDoc,
  slots,
  type WalkInDoc,
  walkInIdOf,
} from './docs'

export async function loadWorkableMarket(platform: Platform, caller: Caller, marketId: string): Promise<MarketDoc> {
  const m = await markets(platform.store).get(marketId)
  if (!m || !(await mayWorkAt(platform.store, caller, m))) throw notFound('没有找到这个集市')
  return m
}

export async function checkin(
  platform: Platform,
  caller: Caller,
  input: { code: string; nonce?: string; stallId?: string },
): Promise<CheckinOutput> {
  const { store } = platform
  const parsed = parseCheckinCode(input.code)
  const found = parsed ? await bookings(store).get(parsed.id) : null
  const b = found && found.secret === parsed?.secret ? found : null
  if (!b) return { result: 'invalid' }
  const m = await markets(store).get(b.marketId)
  // a code of another community's market is not this staff member's to scan
  if (!m || !(await mayWorkAt(store, caller, m))) throw forbidden('这不是您负责的集市的预约码')
  let current: BookingDoc = b
  for (let attempt = 1; ; attempt++) {
    const now = platform.clock.now().toISOString()
    const outcome = checkinOutcome(current, { now, nonce: input.nonce, stallId: input.stallId })
    const view = {
      result: outcome.result,
      name: maskName(current.residentName),
      stallName: current.stallName,
      startsAt: current.startsAt,
      endsAt: current.endsAt,
    }
    if (!outcome.checksIn) return view
    if (!bookingTransition(current.status, 'checkin', 'staff')) return { ...view, result: 'invalid' }
    try {
      await bookings(store).patch(
        current._id,
        {
          status: 'checked_in',
          checkinNonce: input.nonce ?? null,
          checkedInAt: now,
          checkedInBy: caller.userId,
          updatedAt: now,
        },
        { expectedVersion: current._v },
      )
      return view
    } catch (error) {
      // a concurrent scan got there first: answer as its result decides (same nonce → ok)
      if (!isStoreConflict(error) || attempt >= 3) throw error
      const again = await bookings(store).get(current._id)
      if (!again) return { result: 'invalid' }
      current = again
    }
  }
}

export async function walkIn(
  platform: Platform,
  caller: Caller,
  input: { requestId: string; slotId: string; note?: string },
): Promise<{ id: string; walkIns: number }> {
  const { store } = platform
  const slot = await slots(store).get(input.slotId)
  if (!slot) throw notFound('没有找到这个时段')
  if (!(await mayWorkAt(store, caller, slot))) throw notFound('没有找到这个时段')
  if (slot.marketStatus !== 'published') throw conflict('集市未在进行中')
  const id = walkInIdOf(caller.userId, input.requestId)
  const now = platform.clock.now().toISOString()
  try {
    const n = await store.transaction(async (tx) => {
      const s = await tx.collection<SlotDoc>(C.slots).get(slot._id)
      if (!s) throw notFound('没有找到这个时段')
      if (s.walkIns + s.booked >= s.capacity) throw conflict('该时段已满，不能再登记现场人员')
      await tx.collection<WalkInDoc>(C.walkins).insert({
        _id: id,
        marketId: s.marketId,
        slotId: s._id,
        stallId: s.stallId,
        note: input.note ?? '',
        by: caller.userId,
        at: now,
      } as never)
      await tx.collection<SlotDoc>(C.slots).patch(s._id, { walkIns: s.walkIns + 1 }, { expectedVersion: s._v })
      return s.walkIns + 1
    })
    return { id, walkIns: n }
  } catch (error) {
    if (!isStoreConflict(error)) throw error
    const done = await store.collection(C.walkins).get(id)
    // a retry of a walk-in recorded before: the same answer
    if (done) return { id, walkIns: (await slots(store).get(slot._id))?.walkIns ?? 0 }
    throw conflict('现场登记较忙，请重试')
  }
}

export async function attendance(platform: Platform, caller: Caller, marketId: string): Promise<AttendanceOutput> {
  const m = await loadWorkableMarket(platform, caller, marketId)
  const { store } = platform
  const [slotPage, list] = await Promise.all([
    slots(store).find({ where: { marketId }, orderBy: [['startsAt', 'asc']], limit: 500 }),
    allBookings(platform, marketId),
  ])
  const bySlot = new Map<string, BookingDoc[]>()
  for (const b of list) bySlot.set(b.slotId, [...(bySlot.get(b.slotId) ?? []), b])
  const totals = { booked: 0, checkedIn: 0, walkIns: 0 }
  const stalls = m.stalls.map((st) => ({
    stallId: st.id,
    stallName: st.name,
    slots: slotPage.items
      .filter((s) => s.stallId === st.id)
      .map((s) => {
        const people = (bySlot.get(s._id) ?? [])
          .filter((b) => b.status !== 'cancelled')
          .map((b) => ({ id: b._id, name: maskName(b.residentName), status: b.status, proxy: b.proxyStaffId !== null }))
        totals.booked += s.booked
        totals.walkIns += s.walkIns
        totals.checkedIn += people.filter((p) => p.status === 'checked_in').length
        return { slotId: s._id, startsAt: s.startsAt, endsAt: s.endsAt, booked: s.booked, walkIns: s.walkIns, people }
      }),
  }))
  return { marketId, stalls, totals }
}

/** Every booking of a market, page by page. */
export async function allBookings(platform: Platform, marketId: string): Promise<BookingDoc[]> {
  const out: BookingDoc[] = []
  let cursor: string | null = null
  do {
    const page = await bookings(platform.store).find({ where: { marketId }, limit: 1000, cursor })
    out.push(...page.items)
    cursor = page.nextCursor
  } while (cursor)
  return out
}
