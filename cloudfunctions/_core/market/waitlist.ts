/**
 * The waiting list: its order (priority first, then who came first) as one sortable key, and how
 * long an offer holds a freed seat.
 */

const MINUTE_MS = 60_000

/** Highest priority a community can give (高龄, 残疾 …). */
export const MAX_PRIORITY = 9

/**
 * The sort key of a waiting-list entry: ascending order is the offer order. Higher priority sorts
 * first; within a priority, who joined first: `seq` is the slot's waiting-list counter, taken in
 * the joining transaction, so two people joining in the same millisecond are still told apart.
 */
export function waitRank(priority: number, seq: number, id: string): string {
  const p = Math.max(0, Math.min(MAX_PRIORITY, Math.trunc(priority)))
  return `${MAX_PRIORITY - p}|${String(seq).padStart(9, '0')}|${id}`
}

export const DEFAULT_OFFER_MINUTES = 30
/** An offer never runs into the last minutes before the slot. */
export const OFFER_CUTOFF_MINUTES = 30

/**
 * When an offer made now expires: `offerMinutes` from now, but never later than 30 minutes before
 * the slot. Null when that leaves no time at all (the seat is not offered then).
 */
export function offerExpiry(now: string, slotStartsAt: string, offerMinutes = DEFAULT_OFFER_MINUTES): string | null {
  const at = Date.parse(now)
  const cutoff = Date.parse(slotStartsAt) - OFFER_CUTOFF_MINUTES * MINUTE_MS
  const until = Math.min(at + offerMinutes * MINUTE_MS, cutoff)
  return until > at ? new Date(until).toISOString() : null
}
