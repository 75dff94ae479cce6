/**
 * 民生集市: the words the client and the functions share, zod-free (the client bundles this file).
 * The schemas are in types/market.ts.
 */

export const MARKET_STATUSES = ['draft', 'published', 'cancelled', 'finished'] as const
export type MarketStatus = (typeof MARKET_STATUSES)[number]

export const BOOKING_STATUSES = [
  'confirmed',
  'offered',
  'checked_in',
  'no_show',
  'cancelled',
  'cancelled_by_organizer',
] as const
export type BookingStatus = (typeof BOOKING_STATUSES)[number]

/** A booking that holds a seat. */
export const ACTIVE_BOOKING_STATUSES: readonly BookingStatus[] = ['confirmed', 'offered', 'checked_in']

export const WAIT_STATUSES = ['waiting', 'offered', 'accepted', 'expired', 'cancelled', 'skipped'] as const
export type WaitStatus = (typeof WAIT_STATUSES)[number]

export const CHECKIN_RESULTS = [
  'ok',
  'already_redeemed',
  'cancelled',
  'invalid',
  'invalid_time',
  'wrong_stall',
] as const
export type CheckinResult = (typeof CHECKIN_RESULTS)[number]

export const MARKET_STATUS_LABEL: Record<MarketStatus, string> = {
  draft: '草稿',
  published: '已发布',
  cancelled: '已取消',
  finished: '已结束',
}

/** What 我的预约 shows; `waitlisted` is a waiting-list entry, not a booking. */
export const MY_BOOKING_LABEL: Record<BookingStatus | 'waitlisted', string> = {
  confirmed: '已预约',
  offered: '候补到位，待确认',
  checked_in: '已签到',
  no_show: '未到场',
  cancelled: '已取消',
  cancelled_by_organizer: '集市取消',
  waitlisted: '候补中',
}

export const CHECKIN_RESULT_LABEL: Record<CheckinResult, string> = {
  ok: '核销成功',
  already_redeemed: '已核销过',
  cancelled: '预约已取消',
  invalid: '无效的预约码',
  invalid_time: '不在预约时段内',
  wrong_stall: '不是本摊位的预约',
}

/** Remaining seats as a resident reads them: 余2 / 已满 可候补. */
export function seatsLabel(available: number): string {
  return available > 0 ? `余${available}` : '已满 可候补'
}
