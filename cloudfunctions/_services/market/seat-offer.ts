/**
 * A freed seat goes to the waiting list inside the transaction that freed it: the first entry (by
 * priority, then time) gets an offer that holds the seat for `offerMinutes` (never past 30 minutes
 * before the slot). Nobody can book the seat in between, because it is never released: `booked`
 * stays as it was. With no one to offer it to, the seat is released (`booked` − 1).
 */
import { bookingTransition, offerExpiry } from '../../_core/market'
import type { Store, Tx } from '../../_platform/store/port'
import { type BookingDoc, bookingIdOf, C, newSecret, quotaIdOf, type SlotDoc, type WaitDoc, waits } from './docs'

/** How many waiting entries a freeing transaction looks at (an entry may be skipped). */
const CANDIDATES = 5

/** The first waiting entries of a slot, read before the freeing transaction (queries cannot run inside it). */
export async function waitingCandidates(store: Store, slotId: string): Promise<WaitDoc[]> {
  const page = await waits(store).find({
    where: { slotId, status: 'waiting' },
    orderBy: [['rank', 'asc']],
    limit: CANDIDATES,
  })
  return page.items
}

export interface Offer {
  booking: BookingDoc
  wait: WaitDoc
}

/**
 * Inside the freeing transaction: offers the seat to the first candidate still waiting whose
 * household may take it, or releases it. Returns the offer made, if any.
 */
export async function passSeatInTx(
  tx: Tx,
  slot: SlotDoc,
  candidates: readonly WaitDoc[],
  now: string,
): Promise<Offer | null> {
  const expiresAt = offerExpiry(now, slot.startsAt, slot.offerMinutes)
  if (expiresAt) {
    for (const c of candidates) {
      const offer = await offerToInTx(tx, slot, c._id, now, expiresAt)
      if (offer) return offer
    }
  }
  await tx.collection<SlotDoc>(C.slots).increment(slot._id, 'booked', -1)
  return null
}

async function offerToInTx(
  tx: Tx,
  slot: SlotDoc,
  waitId: string,
  now: string,
  expiresAt: string,
): Promise<Offer | null> {
  const w = await tx.collection<WaitDoc>(C.waits).get(waitId)
  if (w?.status !== 'waiting') return null
  const skip = async () => {
    await tx.collection<WaitDoc>(C.waits).patch(w._id, { status: 'skipped', updatedAt: now }, { expectedVersion: w._v })
    return null
  }
  const id = bookingIdOf(slot, w.residentId, w.householdId)
  const existing = await tx.collection<BookingDoc>(C.bookings).get(id)
  // the household took its seats at this stall meanwhile (or the person missed a slot here)
  if (!bookingTransition(existing ? existing.status : 'none', 'offer', 'system')) return skip()
  if (slot.perHouseholdLimit > 1) {
    const q = await tx.collection(C.quota).increment(quotaIdOf(slot.marketId, slot.stallId, w.householdId), 'n', 1, {
      max: slot.perHouseholdLimit,
      upsert: true,
    })
    if (q === null) return skip()
  }
  const fields = {
    slotId: slot._id,
    marketId: slot.marketId,
    stallId: slot.stallId,
    stallName: slot.stallName,
    marketTitle: slot.marketTitle,
    venue: slot.venue,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    residentId: w.residentId,
    residentName: w.residentName,
    householdId: w.householdId,
    status: 'offered' as const,
    secret: newSecret(),
    requestId: w.requestId,
    proxyStaffId: w.proxyStaffId,
    proxyStaffName: null,
    offerExpiresAt: expiresAt,
    remindAt: '',
    lateCancel: false,
    cancelReason: null,
    checkinNonce: null,
    checkedInAt: null,
    checkedInBy: null,
    waitId: w._id,
    updatedAt: now,
  }
  const booking = existing
    ? await tx.collection<BookingDoc>(C.bookings).patch(id, fields, { expectedVersion: existing._v })
    : await tx.collection<BookingDoc>(C.bookings).insert({ _id: id, ...fields, createdAt: now } as never)
  const wait = await tx
    .collection<WaitDoc>(C.waits)
    .patch(
      w._id,
      { status: 'offered', offerExpiresAt: expiresAt, bookingId: id, updatedAt: now },
      { expectedVersion: w._v },
    )
  return { booking, wait }
}
