/**
 * 预约: one seat of a slot, or a place on its waiting list when it is full.
 *
 * Capacity is hard on every store: the seat is taken by a capped increment of the slot's `booked`
 * (`increment(…, { max: bookable })`) inside the transaction that inserts the booking. SQL runs it
 * as one `UPDATE … WHERE booked + 1 <= bookable` under the row lock; CloudBase as a read and an
 * update inside `runTransaction`, whose snapshot aborts one of two concurrent writers. If the
 * booking cannot be written (it exists; the household is at its limit) the transaction rolls the
 * seat back with it.
 *
 * A warm booking makes 6 store calls: the identity read, the slot, the transaction, the increment,
 * the booking insert, and the confirmation in the message box.
 *
 * Idempotent on requestId: the booking's id is derived from what it must be unique for (see
 * docs.ts), so a retried request finds its booking (or its waiting-list entry) and gets the same
 * answer.
 */
import { formatTime } from '../../../types/china-time'
import type { Caller } from '../../../types/identity'
import type { BookInput, BookOutput } from '../../../types/market'
import { bookingRefusal, bookingTransition, holdsSeat, REFUSAL_MESSAGE, reminderAt, waitRank } from '../../_core/market'
import { conflict, forbidden, notFound } from '../../_platform/kit/errors'
import type { Platform } from '../../_platform/ports'
import { isStoreConflict, type Store, type Tx } from '../../_platform/store/port'
import { sendNotifications } from '../send-notifications'
import { type Bookee, bookeeOf, residentSees } from './access'
import {
  type BookingDoc,
  bookingIdOf,
  bookings,
  C,
  checkinCodeOf,
  newSecret,
  quotaIdOf,
  type SlotDoc,
  type StandingDoc,
  slots,
  type WaitDoc,
  waitIdOf,
  waitSeqIdOf,
  waits,
} from './docs'
import { confirmedNotice } from './notices'

class SlotFull extends Error {
  override readonly name = 'SlotFull'
}

/** Tries of a transaction that lost a write conflict (CloudBase's runTransaction already retried it). */
const ATTEMPTS = 5
const backoff = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt))

const householdLimitMessage = (slot: SlotDoc, other: BookingDoc) =>
  `每户在“${slot.stallName}”限约${slot.perHouseholdLimit}个时段，您家已预约 ${formatTime(other.startsAt)}`

export async function book(
  platform: Platform,
  caller: Caller,
  input: BookInput & { requestId: string },
): Promise<BookOutput> {
  const { store } = platform
  const now = platform.clock.now().toISOString()
  const [bookee, slot] = await Promise.all([bookeeOf(store, caller, input.forUserId), slots(store).get(input.slotId)])
  if (!slot || !residentSees(bookee.address, slot) || slot.marketStatus === 'draft') {
    throw notFound('没有找到这个预约时段')
  }
  const refusal = bookingRefusal({
    now,
    marketStatus: slot.marketStatus,
    bookingOpensAt: slot.bookingOpensAt,
    bookingClosesAt: slot.bookingClosesAt,
    slotStartsAt: slot.startsAt,
    householdVerified: bookee.householdVerified,
    frozenUntil: bookee.frozenUntil,
  })
  const id = bookingIdOf(slot, bookee.userId, bookee.householdId)
  if (refusal) {
    // a retry of a request that was answered before the window closed gets its answer again
    const replay = await replayOf(store, id, slot, bookee, input.requestId)
    if (replay) return replay
    throw refusal === 'not_verified' ? forbidden(REFUSAL_MESSAGE[refusal]) : conflict(REFUSAL_MESSAGE[refusal])
  }
  const doc = newBooking(id, slot, bookee, input.requestId, now)
  let existing: BookingDoc | null = null
  for (let attempt = 1; !existing; attempt++) {
    try {
      await store.transaction(async (tx) => {
        await takeSeatInTx(tx, slot, bookee)
        await tx.collection<BookingDoc>(C.bookings).insert(doc as never)
      })
      await sendNotifications(platform, [confirmedNotice(doc, bookee.proxy?.name)])
      return { id, status: 'confirmed', checkinCode: checkinCodeOf(doc) }
    } catch (error) {
      if (error instanceof SlotFull) return joinWaitlist(platform, slot, bookee, input.requestId, now)
      if (!isStoreConflict(error)) throw error
    }
    // the booking's id is taken, or (CloudBase) the transaction lost a write conflict on the slot
    existing = await bookings(store).get(id)
    if (!existing) {
      if (attempt >= ATTEMPTS) throw conflict('预约人数较多，请稍后重试')
      await backoff(attempt)
    }
  }
  // the booking's id is taken: this request again, a seat the household holds, or one to reuse
  if (existing.requestId === input.requestId && existing.residentId === bookee.userId && holdsSeat(existing.status)) {
    return { id, status: 'confirmed', checkinCode: checkinCodeOf(existing) }
  }
  if (holdsSeat(existing.status)) {
    if (existing.slotId === slot._id && existing.residentId === bookee.userId) {
      throw conflict(existing.status === 'offered' ? '您的候补已到位，请到“我的预约”确认' : '您已预约该时段')
    }
    throw conflict(householdLimitMessage(slot, existing))
  }
  if (!bookingTransition(existing.status, 'book', bookee.proxy ? 'proxy' : 'resident')) {
    throw conflict(
      `您家在“${slot.stallName}”的预约已${existing.status === 'no_show' ? '过时未到' : '结束'}，本次集市不能再约`,
    )
  }
  return rebook(platform, slot, bookee, existing, input.requestId, now)
}

/** A booking made again over a cancelled one of the same key (same version, or the request conflicts). */
async function rebook(
  platform: Platform,
  slot: SlotDoc,
  bookee: Bookee,
  existing: BookingDoc,
  requestId: string,
  now: string,
): Promise<BookOutput> {
  const fresh = newBooking(existing._id, slot, bookee, requestId, now)
  const { _id, createdAt: _createdAt, ...fields } = fresh
  try {
    const saved = await platform.store.transaction(async (tx) => {
      await takeSeatInTx(tx, slot, bookee)
      return tx.collection<BookingDoc>(C.bookings).patch(existing._id, fields, { expectedVersion: existing._v })
    })
    await sendNotifications(platform, [confirmedNotice(saved, bookee.proxy?.name)])
    return { id: saved._id, status: 'confirmed', checkinCode: checkinCodeOf(saved) }
  } catch (error) {
    if (error instanceof SlotFull) return joinWaitlist(platform, slot, bookee, requestId, now)
    if (isStoreConflict(error)) throw conflict('预约状态刚刚变化，请刷新后重试')
    throw error
  }
}

/** The seat (capped) and, above a household limit of 1, the household's counter (capped). */
async function takeSeatInTx(tx: Tx, slot: SlotDoc, bookee: Bookee): Promise<void> {
  const n = await tx.collection<SlotDoc>(C.slots).increment(slot._id, 'booked', 1, { max: slot.bookable })
  if (n === null) throw new SlotFull()
  if (slot.perHouseholdLimit > 1) {
    const q = await tx
      .collection(C.quota)
      .increment(quotaIdOf(slot.marketId, slot.stallId, bookee.householdId), 'n', 1, {
        max: slot.perHouseholdLimit,
        upsert: true,
      })
    // rolls the seat back with the transaction
    if (q === null) throw conflict(`每户在“${slot.stallName}”限约${slot.perHouseholdLimit}个时段，您家已约满`)
  }
}

function newBooking(id: string, slot: SlotDoc, bookee: Bookee, requestId: string, now: string): BookingDoc {
  const remind = reminderAt(slot.startsAt)
  return {
    _id: id,
    _v: 1,
    slotId: slot._id,
    marketId: slot.marketId,
    stallId: slot.stallId,
    stallName: slot.stallName,
    marketTitle: slot.marketTitle,
    venue: slot.venue,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    residentId: bookee.userId,
    residentName: bookee.name,
    householdId: bookee.householdId,
    status: 'confirmed',
    secret: newSecret(),
    requestId,
    proxyStaffId: bookee.proxy?.id ?? null,
    proxyStaffName: bookee.proxy?.name ?? null,
    offerExpiresAt: null,
    remindAt: remind > now ? remind : '',
    lateCancel: false,
    cancelReason: null,
    checkinNonce: null,
    checkedInAt: null,
    checkedInBy: null,
    waitId: null,
    createdAt: now,
    updatedAt: now,
  }
}

/** The answer a request already got, if this is a retry of it. */
async function replayOf(
  store: Store,
  bookingId: string,
  slot: SlotDoc,
  bookee: Bookee,
  requestId: string,
): Promise<BookOutput | null> {
  const [b, w] = await Promise.all([
    bookings(store).get(bookingId),
    waits(store).get(waitIdOf(slot._id, bookee.userId)),
  ])
  if (b && b.requestId === requestId && b.residentId === bookee.userId && holdsSeat(b.status)) {
    return { id: b._id, status: 'confirmed', checkinCode: checkinCodeOf(b) }
  }
  if (w && w.requestId === requestId && w.status === 'waiting') {
    return { id: w._id, status: 'waitlisted', position: await positionOf(store, w) }
  }
  return null
}

export async function positionOf(store: Store, w: Pick<WaitDoc, 'slotId' | 'rank'>): Promise<number> {
  return waits(store).count({ slotId: w.slotId, status: 'waiting', rank: { lte: w.rank } })
}

/** The slot is full: a place on its waiting list (one per resident and slot). */
async function joinWaitlist(
  platform: Platform,
  slot: SlotDoc,
  bookee: Bookee,
  requestId: string,
  now: string,
): Promise<BookOutput> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await joinWaitlistOnce(platform, slot, bookee, requestId, now)
    } catch (error) {
      // two joins of one person at once, or (CloudBase) a write conflict on the slot's counter: again
      if (!isStoreConflict(error) || attempt >= ATTEMPTS) throw error
      await backoff(attempt)
    }
  }
}

async function joinWaitlistOnce(
  platform: Platform,
  slot: SlotDoc,
  bookee: Bookee,
  requestId: string,
  now: string,
): Promise<BookOutput> {
  const { store } = platform
  const id = waitIdOf(slot._id, bookee.userId)
  const bookingId = bookingIdOf(slot, bookee.userId, bookee.householdId)
  const entry = await store.transaction(async (tx) => {
    // one after another: a transaction is one connection
    const held = await tx.collection<BookingDoc>(C.bookings).get(bookingId)
    const standing = await tx.collection<StandingDoc>(C.standings).get(bookee.userId)
    const w = await tx.collection<WaitDoc>(C.waits).get(id)
    if (held && holdsSeat(held.status)) {
      if (held.slotId === slot._id && held.residentId === bookee.userId) {
        if (held.requestId === requestId) return held
        throw conflict('您已预约该时段')
      }
      throw conflict(householdLimitMessage(slot, held))
    }
    if (slot.perHouseholdLimit > 1) {
      const q = await tx.collection(C.quota).get(quotaIdOf(slot.marketId, slot.stallId, bookee.householdId))
      if (Number(q?.n ?? 0) >= slot.perHouseholdLimit) {
        throw conflict(`每户在“${slot.stallName}”限约${slot.perHouseholdLimit}个时段，您家已约满`)
      }
    }
    if (w && (w.status === 'waiting' || w.status === 'offered')) return w
    const priority = Number(standing?.priority ?? 0)
    const seq = await tx.collection(C.quota).increment(waitSeqIdOf(slot._id), 'n', 1, { upsert: true })
    const fields = {
      slotId: slot._id,
      marketId: slot.marketId,
      stallId: slot.stallId,
      residentId: bookee.userId,
      residentName: bookee.name,
      householdId: bookee.householdId,
      stallName: slot.stallName,
      marketTitle: slot.marketTitle,
      venue: slot.venue,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      priority,
      rank: waitRank(priority, seq ?? 0, id),
      status: 'waiting' as const,
      requestId,
      proxyStaffId: bookee.proxy?.id ?? null,
      offerExpiresAt: null,
      bookingId: null,
      updatedAt: now,
    }
    return w
      ? tx.collection<WaitDoc>(C.waits).patch(id, fields, { expectedVersion: w._v })
      : tx.collection<WaitDoc>(C.waits).insert({ _id: id, ...fields, createdAt: now } as never)
  })
  if ('secret' in entry) return { id: entry._id, status: 'confirmed', checkinCode: checkinCodeOf(entry as BookingDoc) }
  if (entry.status === 'offered' && entry.bookingId) {
    throw conflict('您在该时段的候补已到位，请到“我的预约”确认')
  }
  return { id: entry._id, status: 'waitlisted', position: await positionOf(store, entry) }
}
