/**
 * The market's timer (`market.sweep`, every minute on CloudBase; the host's scheduler locally):
 * - an offer not accepted in time passes to the next on the waiting list (or frees the seat);
 * - a confirmed booking whose slot has ended becomes a no-show; 3 in 90 days freeze online booking;
 * - 2 hours before a slot, its confirmed bookings get a reminder;
 * - a waiting place whose slot has begun expires;
 * - a published market whose hours are over becomes finished.
 * Each change is its own small transaction, asked of the transition table first.
 */
import { afterNoShow, bookingTransition } from '../../_core/market'
import type { Platform } from '../../_platform/ports'
import { isStoreConflict } from '../../_platform/store/port'
import type { UserDoc } from '../accounts'
import { sendNotifications } from '../send-notifications'
import { freeSeatInTx, notifyOffer } from './cancel'
import {
  type BookingDoc,
  bookings,
  C,
  markets,
  type SlotDoc,
  type StandingDoc,
  slots,
  type WaitDoc,
  waits,
} from './docs'
import { reminderNotice } from './notices'
import { setMarketStatus } from './save'
import { passSeatInTx, waitingCandidates } from './seat-offer'

const BATCH = 100

export interface MarketSweepResult {
  expiredOffers: number
  noShows: number
  reminders: number
  finishedMarkets: number
  closedWaits: number
}

export async function sweepMarkets(platform: Platform): Promise<MarketSweepResult> {
  const now = platform.clock.now().toISOString()
  return {
    expiredOffers: await expireOffers(platform, now),
    noShows: await markNoShows(platform, now),
    reminders: await remind(platform, now),
    finishedMarkets: await finishMarkets(platform, now),
    closedWaits: await closeStartedWaits(platform, now),
  }
}

/** A waiting place whose slot has begun can no longer be offered a seat: it expires. */
async function closeStartedWaits(platform: Platform, now: string): Promise<number> {
  const due = await waits(platform.store).find({
    where: { status: 'waiting', startsAt: { lte: now } },
    orderBy: [['startsAt', 'asc']],
    limit: BATCH,
  })
  let n = 0
  for (const w of due.items) {
    try {
      await waits(platform.store).patch(w._id, { status: 'expired', updatedAt: now }, { expectedVersion: w._v })
      n++
    } catch (error) {
      if (!isStoreConflict(error)) throw error
    }
  }
  return n
}

/** A published market whose hours are over is finished (its bookings keep their own states). */
async function finishMarkets(platform: Platform, now: string): Promise<number> {
  const { store } = platform
  const started = await markets(store).find({
    where: { status: 'published', opensAt: { lte: now } },
    orderBy: [['opensAt', 'asc']],
    limit: BATCH,
  })
  let n = 0
  for (const m of started.items.filter((x) => x.closesAt <= now)) {
    try {
      await setMarketStatus(store, m, { status: 'finished' }, now)
      n++
    } catch (error) {
      if (!isStoreConflict(error)) throw error
    }
  }
  return n
}

async function expireOffers(platform: Platform, now: string): Promise<number> {
  const { store } = platform
  const due = await bookings(store).find({
    where: { status: 'offered', offerExpiresAt: { lte: now } },
    orderBy: [['offerExpiresAt', 'asc']],
    limit: BATCH,
  })
  let n = 0
  for (const b of due.items) {
    const to = bookingTransition(b.status, 'expire', 'system')
    if (!to) continue
    const [slot, candidates] = await Promise.all([slots(store).get(b.slotId), waitingCandidates(store, b.slotId)])
    if (!slot) continue
    try {
      const offer = await store.transaction(async (tx) => {
        await tx
          .collection<BookingDoc>(C.bookings)
          .patch(
            b._id,
            { status: to, cancelReason: 'offer_expired', offerExpiresAt: null, updatedAt: now },
            { expectedVersion: b._v },
          )
        if (b.waitId) {
          const w = await tx.collection<WaitDoc>(C.waits).get(b.waitId)
          if (w)
            await tx
              .collection<WaitDoc>(C.waits)
              .patch(w._id, { status: 'expired', updatedAt: now }, { expectedVersion: w._v })
        }
        await freeSeatInTx(tx, slot, b)
        return passSeatInTx(tx, slot, candidates, now)
      })
      n++
      await notifyOffer(platform, offer)
    } catch (error) {
      if (!isStoreConflict(error)) throw error // accepted meanwhile: nothing to do
    }
  }
  return n
}

async function markNoShows(platform: Platform, now: string): Promise<number> {
  const { store } = platform
  const due = await bookings(store).find({
    where: { status: 'confirmed', endsAt: { lte: now } },
    orderBy: [['endsAt', 'asc']],
    limit: BATCH,
  })
  let n = 0
  for (const b of due.items) {
    const to = bookingTransition(b.status, 'no_show', 'system')
    if (!to) continue
    try {
      await store.transaction(async (tx) => {
        await tx
          .collection<BookingDoc>(C.bookings)
          .patch(b._id, { status: to, remindAt: '', updatedAt: now }, { expectedVersion: b._v })
        const standings = tx.collection<StandingDoc>(C.standings)
        const before = await standings.get(b.residentId)
        const next = afterNoShow({ noShows: before?.noShows ?? [], frozenUntil: before?.frozenUntil ?? null }, b.endsAt)
        if (before) await standings.patch(b.residentId, { ...next }, { expectedVersion: before._v })
        else await standings.insert({ _id: b.residentId, ...next, priority: 0 } as never)
        // the freeze rides on the user document, which every call's identity read already loads
        if (next.frozenUntil && next.frozenUntil !== (before?.frozenUntil ?? null)) {
          const user = await tx.collection<UserDoc>(C.users).get(b.residentId)
          if (user) await tx.collection<UserDoc>(C.users).patch(user._id, { marketFrozenUntil: next.frozenUntil })
        }
      })
      n++
    } catch (error) {
      if (!isStoreConflict(error)) throw error
    }
  }
  return n
}

async function remind(platform: Platform, now: string): Promise<number> {
  const { store } = platform
  const due = await bookings(store).find({
    where: { status: 'confirmed', remindAt: { gt: '0', lte: now } },
    orderBy: [['remindAt', 'asc']],
    limit: BATCH,
  })
  let n = 0
  for (const b of due.items) {
    try {
      // cleared first: a reminder is sent at most once even if two sweeps overlap
      await bookings(store).patch(b._id, { remindAt: '' }, { expectedVersion: b._v })
    } catch (error) {
      if (isStoreConflict(error)) continue
      throw error
    }
    if (b.startsAt > now) {
      await sendNotifications(platform, [reminderNotice(b)])
      n++
    }
  }
  return n
}

/** The seats of a slot as its bookings hold them (for checks and repair). */
export async function activeSeats(platform: Platform, slot: SlotDoc): Promise<number> {
  return bookings(platform.store).count({ slotId: slot._id, status: { in: ['confirmed', 'offered', 'checked_in'] } })
}
