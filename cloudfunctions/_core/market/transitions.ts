/**
 * The booking transition table: which event may move a booking from which status, and who may
 * cause it. Every change of a booking (the sweep's included) asks `bookingTransition` first.
 */
import type { BookingStatus } from '../../../types/market-labels'

export type BookingEvent =
  | 'book' // a seat taken at once
  | 'offer' // a freed seat offered to the first of the waiting list
  | 'accept' // the offer taken up
  | 'cancel' // by the resident (or the staff member who booked for them)
  | 'expire' // an offer not taken up in time (sweep)
  | 'checkin'
  | 'no_show' // the slot ended without a check-in (sweep)
  | 'organizer_cancel' // the market cancelled

export type BookingActor = 'resident' | 'proxy' | 'staff' | 'system' | 'organizer'

/** 'none' is a booking that does not exist yet (or a finished one being reused for a new booking). */
type From = BookingStatus | 'none'

interface Row {
  from: readonly From[]
  to: BookingStatus
  by: readonly BookingActor[]
}

/** A cancelled (or expired) booking of the same key may be booked again. */
const REUSABLE: readonly From[] = ['none', 'cancelled']

export const BOOKING_TRANSITIONS: Record<BookingEvent, Row> = {
  book: { from: REUSABLE, to: 'confirmed', by: ['resident', 'proxy'] },
  offer: { from: REUSABLE, to: 'offered', by: ['resident', 'proxy', 'staff', 'system', 'organizer'] },
  accept: { from: ['offered'], to: 'confirmed', by: ['resident', 'proxy'] },
  cancel: { from: ['confirmed', 'offered'], to: 'cancelled', by: ['resident', 'proxy'] },
  expire: { from: ['offered'], to: 'cancelled', by: ['system'] },
  checkin: { from: ['confirmed', 'no_show'], to: 'checked_in', by: ['staff'] },
  no_show: { from: ['confirmed'], to: 'no_show', by: ['system'] },
  organizer_cancel: { from: ['confirmed', 'offered'], to: 'cancelled_by_organizer', by: ['organizer'] },
}

/** The status after `event`, or null when the table does not allow it. */
export function bookingTransition(from: From, event: BookingEvent, by: BookingActor): BookingStatus | null {
  const row = BOOKING_TRANSITIONS[event]
  return row.from.includes(from) && row.by.includes(by) ? row.to : null
}

/** Whether a booking in this status holds a seat of its slot. */
export function holdsSeat(status: BookingStatus): boolean {
  return status === 'confirmed' || status === 'offered' || status === 'checked_in'
}
