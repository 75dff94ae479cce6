import { DEFAULT_OFFICE_HOURS, type OfficeHours } from '../../../types/catalog'
import { chinaDayIndex, chinaDayStart, HOUR_MS, minutesOf } from './china-time'
import { isChinaWorkday, NATIONAL_CALENDAR, type WorkCalendar } from './workdays'

/** A deadline more than ten years of working time away is a configuration error. */
const MAX_DAYS = 3660

/**
 * The instant `hours` of working time after `start`: only office hours (China time) on working days
 * count. The result always lies inside office hours of a working day (the closing minute included),
 * e.g. 16:30 + 2h with 08:30–17:30 → 09:30 the next working day. `hours <= 0` returns `start`.
 * Working days are those of `calendar` (the street's; by default the national one).
 */
export function addWorkingHours(
  start: Date,
  hours: number,
  office: OfficeHours = DEFAULT_OFFICE_HOURS,
  calendar: WorkCalendar = NATIONAL_CALENDAR,
): Date {
  if (!(hours > 0)) return new Date(start.getTime())
  const open = minutesOf(office.start) * 60_000
  const close = minutesOf(office.end) * 60_000
  if (!(close > open)) throw new RangeError(`办公时间设置有误：${office.start}–${office.end}`)

  let remaining = Math.round(hours * HOUR_MS)
  let cursor = start.getTime()
  let day = chinaDayIndex(cursor)
  for (let i = 0; i < MAX_DAYS; i++, day++) {
    if (!isChinaWorkday(day, calendar)) continue
    const dayStart = chinaDayStart(day)
    const from = Math.max(cursor, dayStart + open)
    const to = dayStart + close
    if (from >= to) continue
    if (remaining <= to - from) return new Date(from + remaining)
    remaining -= to - from
    cursor = to
  }
  throw new RangeError(`工作时长过长：${hours} 小时`)
}
