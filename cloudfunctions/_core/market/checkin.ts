/**
 * What a check-in scan answers, decided from the booking as stored (or its absence), the scanner's
 * stall and nonce, and the time. Retries are safe: the same nonce that checked a booking in gets
 * `ok` again; any other scan of a checked-in booking is `already_redeemed`.
 */
import type { BookingStatus, CheckinResult } from '../../../types/market-labels'

const MINUTE_MS = 60_000
/** A scan is accepted from 15 minutes before the slot until 15 minutes after it. */
export const CHECKIN_GRACE_MINUTES = 15

export interface ScannedBooking {
  status: BookingStatus
  stallId: string
  startsAt: string
  endsAt: string
  checkinNonce: string | null
}

export interface Scan {
  now: string
  nonce?: string
  /** the scanner's stall, when it scans for one */
  stallId?: string
}

/** The result, and whether this scan checks the booking in (changes it). */
export function checkinOutcome(
  booking: ScannedBooking | null,
  scan: Scan,
): { result: CheckinResult; checksIn: boolean } {
  if (!booking) return { result: 'invalid', checksIn: false }
  if (scan.stallId && scan.stallId !== booking.stallId) return { result: 'wrong_stall', checksIn: false }
  if (booking.status === 'cancelled' || booking.status === 'cancelled_by_organizer') {
    return { result: 'cancelled', checksIn: false }
  }
  if (booking.status === 'checked_in') {
    const replay = scan.nonce !== undefined && scan.nonce === booking.checkinNonce
    return { result: replay ? 'ok' : 'already_redeemed', checksIn: false }
  }
  if (booking.status === 'offered') return { result: 'invalid', checksIn: false }
  const at = Date.parse(scan.now)
  const from = Date.parse(booking.startsAt) - CHECKIN_GRACE_MINUTES * MINUTE_MS
  const until = Date.parse(booking.endsAt) + CHECKIN_GRACE_MINUTES * MINUTE_MS
  if (at < from || at > until) return { result: 'invalid_time', checksIn: false }
  // a no-show marked at the slot's end who still arrives within the grace is let in
  return { result: 'ok', checksIn: true }
}
