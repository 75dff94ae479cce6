/**
 * The booking rules of 民生集市 as pure functions: the booking window, cancelling (free until 2 hours
 * before the slot), the no-show freeze (3 in 90 days → 14 days) and the market's own state. Every
 * fact and the time come in as arguments; the limits are parameters with the defaults.
 */
import type { MarketStatus } from '../../../types/market-labels'

const HOUR_MS = 3_600_000
const DAY_MS = 86_400_000

export interface BookingRules {
  /** a cancel later than this before the slot is late */
  freeCancelHours: number
  /** no-shows within `noShowWindowDays` that freeze online booking */
  noShowsToFreeze: number
  noShowWindowDays: number
  freezeDays: number
}

export const DEFAULT_RULES: BookingRules = {
  freeCancelHours: 2,
  noShowsToFreeze: 3,
  noShowWindowDays: 90,
  freezeDays: 14,
}

export type Refusal =
  | 'market_not_open'
  | 'market_cancelled'
  | 'window_not_open'
  | 'window_closed'
  | 'slot_started'
  | 'frozen'
  | 'not_verified'

export const REFUSAL_MESSAGE: Record<Refusal, string> = {
  market_not_open: '该集市尚未发布，暂不能预约',
  market_cancelled: '该集市已取消',
  window_not_open: '预约尚未开始',
  window_closed: '预约已截止',
  slot_started: '该时段已开始，不能再预约',
  frozen: '近90天内3次预约未到场，线上预约暂停14天；如有特殊情况请联系社区',
  not_verified: '此功能仅限已核实的住户使用：请先在“我的”里绑定住址，并等待网格员核实',
}

export interface BookingFacts {
  now: string
  marketStatus: MarketStatus
  bookingOpensAt: string
  bookingClosesAt: string
  slotStartsAt: string
  householdVerified: boolean
  /** the resident's freeze, if any */
  frozenUntil?: string | null
}

/** Why a booking (or joining the waiting list) is refused now, or null when it may go ahead. */
export function bookingRefusal(f: BookingFacts): Refusal | null {
  if (!f.householdVerified) return 'not_verified'
  if (f.marketStatus === 'cancelled') return 'market_cancelled'
  if (f.marketStatus !== 'published') return 'market_not_open'
  if (f.now < f.bookingOpensAt) return 'window_not_open'
  if (f.now >= f.bookingClosesAt) return 'window_closed'
  if (f.now >= f.slotStartsAt) return 'slot_started'
  if (f.frozenUntil && f.now < f.frozenUntil) return 'frozen'
  return null
}

export type CancelTerms = { allowed: true; late: boolean } | { allowed: false; reason: string }

/** A resident's cancel: free until `freeCancelHours` before the slot, late after, refused once it started. */
export function cancelTerms(now: string, slotStartsAt: string, rules: BookingRules = DEFAULT_RULES): CancelTerms {
  const start = Date.parse(slotStartsAt)
  const at = Date.parse(now)
  if (at >= start) return { allowed: false, reason: '该时段已开始，不能再取消' }
  return { allowed: true, late: at > start - rules.freeCancelHours * HOUR_MS }
}

export interface Standing {
  /** when each no-show happened (the slot's end), ISO */
  noShows: string[]
  frozenUntil: string | null
}

/**
 * A no-show is recorded: keeps the no-shows within the window, and freezes online booking for
 * `freezeDays` when they reach `noShowsToFreeze`. An existing longer freeze is kept.
 */
export function afterNoShow(standing: Standing, at: string, rules: BookingRules = DEFAULT_RULES): Standing {
  const since = Date.parse(at) - rules.noShowWindowDays * DAY_MS
  const noShows = [...standing.noShows, at].filter((t) => Date.parse(t) > since).sort()
  let frozenUntil = standing.frozenUntil
  if (noShows.length >= rules.noShowsToFreeze) {
    const until = new Date(Date.parse(at) + rules.freezeDays * DAY_MS).toISOString()
    if (!frozenUntil || until > frozenUntil) frozenUntil = until
  }
  return { noShows, frozenUntil }
}

/** The community lifts a freeze: the no-shows that caused it stop counting. */
export function liftFreeze(_standing: Standing): Standing {
  return { noShows: [], frozenUntil: null }
}

/** The reminder goes this long before the slot. */
export const REMINDER_HOURS = 2

export function reminderAt(slotStartsAt: string): string {
  return new Date(Date.parse(slotStartsAt) - REMINDER_HOURS * HOUR_MS).toISOString()
}
