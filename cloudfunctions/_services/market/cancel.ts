/**
 * 取消预约 and 确认候补. A cancelled seat is offered to the waiting list in the same transaction
 * (seat-offer.ts). Only the resident (or the staff member who booked for them) may act; anyone
 * else is told the booking does not exist.
 */
import type { Caller } from '../../../types/identity'
import type { AcceptOfferOutput, CancelOutput } from '../../../types/market'
import { bookingTransition, cancelTerms, reminderAt } from '../../_core/market'
import { conflict, notFound } from '../../_platform/kit/errors'
import type { Platform } from '../../_platform/ports'
import { isStoreConflict, type Tx } from '../../_platform/store/port'
import { sendNotifications } from '../send-notifications'
import { ownsBooking } from './access'
import {
  type BookingDoc,
  bookings,
  C,
  checkinCodeOf,
  newSecret,
  quotaIdOf,
  type SlotDoc,
  slots,
  type WaitDoc,
  waits,
} from './docs'
import { offerNotice } from './notices'
import { type Offer, passSeatInTx, waitingCandidates } from './seat-offer'

const ATTEMPTS = 4

export async function cancel(platform: Platform, caller: Caller, id: string): Promise<CancelOutput> {
  return id.startsWith('wt') ? leaveWaitlist(platform, caller, id) : cancelBooking(platform, caller, id)
}

async function cancelBooking(platform: Platform, caller: Caller, id: string): Promise<CancelOutput> {
  const { store } = platform
  for (let attempt = 1; ; attempt++) {
    const b = await bookings(store).get(id)
    if (!b || !ownsBooking(caller, b)) throw notFound('没有找到这条预约')
    if (b.status === 'cancelled') return { id, status: b.status, late: b.lateCancel }
    const by = b.residentId === caller.userId ? 'resident' : 'proxy'
    const to = bookingTransition(b.status, 'cancel', by)
    if (!to) throw conflict('该预约已不能取消')
    const now = platform.clock.now().toISOString()
    const terms = cancelTerms(now, b.startsAt)
    if (!terms.allowed) throw conflict(terms.reason)
    const [slot, candidates] = await Promise.all([slots(store).get(b.slotId), waitingCandidates(store, b.slotId)])
    if (!slot) throw notFound('没有找到这条预约')
    try {
      const offer = await store.transaction(async (tx) => {
        await tx.collection<BookingDoc>(C.bookings).patch(
          id,
          {
            status: to,
            lateCancel: terms.late,
            cancelReason: 'resident',
            offerExpiresAt: null,
            remindAt: '',
            updatedAt: now,
          },
          { expectedVersion: b._v },
        )
        if (b.waitId && b.status === 'offered') await closeWaitInTx(tx, b.waitId, 'cancelled', now)
        await freeSeatInTx(tx, slot, b)
        return passSeatInTx(tx, slot, candidates, now)
      })
      await notifyOffer(platform, offer)
      return { id, status: to, late: terms.late }
    } catch (error) {
      // changed meanwhile (checked in, offered on, another cancel): look again
      if (!isStoreConflict(error) || attempt >= ATTEMPTS) throw error
    }
  }
}

/** A booking gives its household count back (above a limit of 1; at 1 the booking id is the count). */
export async function freeSeatInTx(tx: Tx, slot: SlotDoc, b: Pick<BookingDoc, 'householdId'>): Promise<void> {
  if (slot.perHouseholdLimit > 1) {
    await tx.collection(C.quota).increment(quotaIdOf(slot.marketId, slot.stallId, b.householdId), 'n', -1)
  }
}

async function closeWaitInTx(tx: Tx, waitId: string, status: WaitDoc['status'], now: string): Promise<void> {
  const w = await tx.collection<WaitDoc>(C.waits).get(waitId)
  if (w) await tx.collection<WaitDoc>(C.waits).patch(waitId, { status, updatedAt: now }, { expectedVersion: w._v })
}

async function leaveWaitlist(platform: Platform, caller: Caller, id: string): Promise<CancelOutput> {
  const w = await waits(platform.store).get(id)
  if (!w || !(w.residentId === caller.userId || w.proxyStaffId === caller.userId)) {
    throw notFound('没有找到这条候补')
  }
  if (w.status === 'offered' && w.bookingId) return cancelBooking(platform, caller, w.bookingId)
  if (w.status !== 'waiting') return { id, status: w.status, late: false }
  const now = platform.clock.now().toISOString()
  await waits(platform.store).patch(id, { status: 'cancelled', updatedAt: now }, { expectedVersion: w._v })
  return { id, status: 'cancelled', late: false }
}

export async function notifyOffer(platform: Platform, offer: Offer | null): Promise<void> {
  if (offer?.booking.offerExpiresAt)
    await sendNotifications(platform, [offerNotice(offer.booking, offer.booking.offerExpiresAt)])
}

/** 确认候补: the offered seat becomes a confirmed booking, while the offer holds. */
export async function acceptOffer(platform: Platform, caller: Caller, id: string): Promise<AcceptOfferOutput> {
  const { store } = platform
  const b = await bookings(store).get(id)
  if (!b || !ownsBooking(caller, b)) throw notFound('没有找到这条候补')
  if (b.status === 'confirmed' && b.waitId) return { id, status: 'confirmed', checkinCode: checkinCodeOf(b) }
  const to = bookingTransition(b.status, 'accept', b.residentId === caller.userId ? 'resident' : 'proxy')
  if (!to || to !== 'confirmed') throw conflict('这个候补名额已失效')
  const now = platform.clock.now().toISOString()
  if (!b.offerExpiresAt || b.offerExpiresAt <= now) throw conflict('候补确认已超时，名额已让给下一位')
  const remind = reminderAt(b.startsAt)
  const saved = await store.transaction(async (tx) => {
    const next = await tx
      .collection<BookingDoc>(C.bookings)
      .patch(
        id,
        { status: to, offerExpiresAt: null, secret: newSecret(), remindAt: remind > now ? remind : '', updatedAt: now },
        { expectedVersion: b._v },
      )
    if (b.waitId) await closeWaitInTx(tx, b.waitId, 'accepted', now)
    return next
  })
  return { id, status: 'confirmed', checkinCode: checkinCodeOf(saved) }
}
