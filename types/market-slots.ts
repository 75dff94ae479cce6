/**
 * Slot arithmetic for 民生集市: the seats kept for walk-ins, the seats bookable online, and the
 * editor's helper that cuts a stall's hours into slots of N minutes. Zod-free and pure: the
 * functions' core re-exports it (_core/market) and the admin editor in the client uses it.
 */

const MINUTE_MS = 60_000

/** Seats kept for walk-ins (elders without a phone): the share of the capacity, rounded up. */
export function walkInSeats(capacity: number, walkInShare: number): number {
  if (capacity <= 0 || walkInShare <= 0) return 0
  // 6 × 1/3 is 1.9999999999999998 in floating point: a hair of tolerance before rounding up
  return Math.min(capacity, Math.ceil(capacity * walkInShare - 1e-9))
}

/** Seats bookable online: capacity minus the walk-in share. */
export function bookableOf(capacity: number, walkInShare: number): number {
  return capacity - walkInSeats(capacity, walkInShare)
}

export interface CutSlot {
  startsAt: string
  endsAt: string
  capacity: number
}

/**
 * Cuts [opensAt, closesAt) into slots of `minutes`, each with `capacity`; a remainder shorter than
 * a slot is left out. Throws on a non-positive length or an empty range.
 */
export function cutSlots(opensAt: string, closesAt: string, minutes: number, capacity: number): CutSlot[] {
  const start = Date.parse(opensAt)
  const end = Date.parse(closesAt)
  if (!Number.isFinite(start) || !Number.isFinite(end)) throw new Error('cutSlots: unreadable time')
  if (!(minutes > 0) || !Number.isInteger(minutes)) throw new Error('cutSlots: minutes must be a positive integer')
  if (!(capacity > 0) || !Number.isInteger(capacity)) throw new Error('cutSlots: capacity must be a positive integer')
  const out: CutSlot[] = []
  for (let t = start; t + minutes * MINUTE_MS <= end; t += minutes * MINUTE_MS) {
    out.push({
      startsAt: new Date(t).toISOString(),
      endsAt: new Date(t + minutes * MINUTE_MS).toISOString(),
      capacity,
    })
  }
  return out
}
