/**
 * 取消集市: the market and its slots become `cancelled` first (no booking can start after that),
 * then every booking and waiting-list entry is cancelled with the reason, each in its own small
 * transaction (a market may hold hundreds), and everyone concerned is notified once. Running it
 * again finishes what an interrupted run left.
 */
import type { Caller } from '../../../types/identity'
import { bookingTransition } from '../../_core/market'
import { conflict } from '../../_platform/kit/errors'
import type { Platform } from '../../_platform/ports'
import { isStoreConflict } from '../../_platform/store/port'
import { sendNotifications } from '../send-notifications'
import { allBookings } from './checkin'
import { type BookingDoc, C, type WaitDoc, waits } from './docs'
import { cancelledNotice } from './notices'
import { loadManagedMarket, setMarketStatus } from './save'

export async function cancelMarket(platform: Platform, caller: Caller, id: string, reason: string) {
  const { store } = platform
  const now = platform.clock.now().toISOString()
  let m = await loadManagedMarket(store, caller, id)
  if (m.status === 'finished') throw conflict('已结束的集市不能取消')
  if (m.status !== 'cancelled') m = await setMarketStatus(store, m, { status: 'cancelled', cancelReason: reason }, now)
  const why = m.cancelReason ?? reason
  const notices = new Map<string, ReturnType<typeof cancelledNotice>>()
  let cancelledBookings = 0
  for (const b of await allBookings(platform, id)) {
    if (!bookingTransition(b.status, 'organizer_cancel', 'organizer')) continue
    try {
      await store.transaction(async (tx) => {
        await tx
          .collection<BookingDoc>(C.bookings)
          .patch(
            b._id,
            { status: 'cancelled_by_organizer', cancelReason: why, offerExpiresAt: null, remindAt: '', updatedAt: now },
            { expectedVersion: b._v },
          )
      })
      cancelledBookings++
      notices.set(b.residentId, cancelledNotice(b, why))
    } catch (error) {
      if (!isStoreConflict(error)) throw error // changed meanwhile: the next run takes it
    }
  }
  let cancelledWaits = 0
  for (const status of ['waiting', 'offered'] as const) {
    for (;;) {
      const page = await waits(store).find({ where: { marketId: id, status }, limit: 500 })
      if (page.items.length === 0) break
      for (const w of page.items) {
        try {
          await waits(store).patch(w._id, { status: 'cancelled', updatedAt: now } as Partial<WaitDoc>, {
            expectedVersion: w._v,
          })
          cancelledWaits++
          if (!notices.has(w.residentId)) notices.set(w.residentId, cancelledNotice(w, why))
        } catch (error) {
          if (!isStoreConflict(error)) throw error
        }
      }
    }
  }
  await sendNotifications(platform, [...notices.values()])
  return { id, status: 'cancelled' as const, cancelledBookings, cancelledWaits, notified: notices.size }
}
