/**
 * A request's clock in working days (chinese-days and the street's holiday overrides, through the
 * deadlines core). The promise is "承诺N个工作日": the request is due by the end of the Nth working
 * day after the day it was submitted (an instant type: the end of that working day). The clock stops
 * while the resident supplements (need_supplement) and restarts on resubmission with the working
 * days that were left. Pure: the time and the calendar come in as arguments.
 */
import { chinaDayIndex, chinaDayStart } from '../deadlines/china-time'
import { isChinaWorkday, NATIONAL_CALENDAR, type WorkCalendar } from '../deadlines/workdays'

export interface Limit {
  kind: 'instant' | 'workingDays'
  days: number
}

export interface RequestClock {
  kind: Limit['kind']
  days: number
  /** ISO UTC; null while stopped */
  dueBy: string | null
  /** ISO UTC when stopped (need_supplement); null while running */
  pausedAt: string | null
  /** working days left when stopped */
  remainingDays: number | null
}

const MAX_DAYS_AHEAD = 400

/** The day index of the `n`th working day after `day` (n = 0: `day` itself if it is one, else the next). */
export function addWorkingDays(day: number, n: number, calendar: WorkCalendar = NATIONAL_CALENDAR): number {
  let d = day
  if (n === 0) {
    for (let i = 0; i < MAX_DAYS_AHEAD && !isChinaWorkday(d, calendar); i++) d++
    return d
  }
  let counted = 0
  for (let i = 0; i < MAX_DAYS_AHEAD && counted < n; i++) {
    d++
    if (isChinaWorkday(d, calendar)) counted++
  }
  return d
}

/** Working days in (fromDay, toDay]: what is left of a promise when the clock stops on `fromDay`. */
export function workingDaysBetween(fromDay: number, toDay: number, calendar: WorkCalendar = NATIONAL_CALENDAR): number {
  let n = 0
  for (let d = fromDay + 1; d <= toDay && d - fromDay <= MAX_DAYS_AHEAD; d++) if (isChinaWorkday(d, calendar)) n++
  return n
}

/** The last millisecond of a China day, ISO UTC. */
export function endOfChinaDay(day: number): string {
  return new Date(chinaDayStart(day + 1) - 1).toISOString()
}

function dueAfter(at: Date, days: number, calendar: WorkCalendar): string {
  return endOfChinaDay(addWorkingDays(chinaDayIndex(at.getTime()), days, calendar))
}

/** The clock of a request submitted at `at`. */
export function startClock(at: Date, limit: Limit, calendar: WorkCalendar = NATIONAL_CALENDAR): RequestClock {
  const days = limit.kind === 'instant' ? 0 : limit.days
  return { kind: limit.kind, days, dueBy: dueAfter(at, days, calendar), pausedAt: null, remainingDays: null }
}

/** Stops the clock at `at`, keeping the working days left (none, if already overdue). */
export function pauseClock(clock: RequestClock, at: Date, calendar: WorkCalendar = NATIONAL_CALENDAR): RequestClock {
  if (clock.pausedAt || !clock.dueBy) return clock
  const dueDay = chinaDayIndex(Date.parse(clock.dueBy))
  const remaining = workingDaysBetween(chinaDayIndex(at.getTime()), dueDay, calendar)
  return { ...clock, dueBy: null, pausedAt: at.toISOString(), remainingDays: remaining }
}

/** Restarts a stopped clock at `at` with the days it had left. */
export function resumeClock(clock: RequestClock, at: Date, calendar: WorkCalendar = NATIONAL_CALENDAR): RequestClock {
  if (!clock.pausedAt) return clock
  return {
    ...clock,
    dueBy: dueAfter(at, clock.remainingDays ?? 0, calendar),
    pausedAt: null,
    remainingDays: null,
  }
}

/** Whether a running clock has passed its due time at `now`. */
export function isOverdue(clock: Pick<RequestClock, 'dueBy'>, now: Date): boolean {
  return clock.dueBy !== null && Date.parse(clock.dueBy) < now.getTime()
}
