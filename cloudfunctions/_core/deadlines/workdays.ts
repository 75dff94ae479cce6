/**
 * The working-day calendar, as data. Three layers, the later winning:
 *  1. `chinese-days`: statutory holidays off and 调休 make-up days on (e.g. Sunday 2026-09-20 and
 *     Saturday 2026-10-10), for the years it has data for (a year "has data" when the library lists at
 *     least one holiday in it);
 *  2. the statutory fallback (./statutory.ts) for years the library lacks: the national rule's days and
 *     their 补假 off, weekends off, and no make-up workdays (调休 exists only once published);
 *  3. a street's own published 放假安排 (types/holidays.ts): each listed date wins.
 * Pure: no clock, no env; the street's arrangements come in as an argument.
 */
import type { HolidayArrangement } from '../../../types/holidays'
import { dateOfDay, isWeekend, localNoon } from './calendar-dates'
import { chineseDays } from './calendar-library'
import { chinaDayIndex } from './china-time'
import { statutoryDaysOff } from './statutory'

export interface WorkCalendar {
  /** dates a street's arrangements set: false = day off (放假), true = workday (调休上班) */
  readonly overrides: ReadonlyMap<string, boolean>
  /** years the street has entered an arrangement for */
  readonly years: ReadonlySet<number>
}

/** The national calendar: library data, then the statutory fallback; no street overrides. */
export const NATIONAL_CALENDAR: WorkCalendar = { overrides: new Map(), years: new Set() }

/** A street's calendar from its published arrangements. */
export function workCalendar(arrangements: readonly HolidayArrangement[]): WorkCalendar {
  if (arrangements.length === 0) return NATIONAL_CALENDAR
  const overrides = new Map<string, boolean>()
  for (const a of arrangements) {
    for (const d of a.holidays) overrides.set(d, false)
    for (const d of a.workdays) overrides.set(d, true)
  }
  return { overrides, years: new Set(arrangements.map((a) => a.year)) }
}

/** Where a year's days come from in a calendar. */
export type CalendarSource = 'street' | 'library' | 'statutory'

export function calendarSource(calendar: WorkCalendar, year: number): CalendarSource {
  if (calendar.years.has(year)) return 'street'
  return libraryHasYear(year) ? 'library' : 'statutory'
}

/** Is a China day (days since 1970-01-01, China time) a working day in this calendar? */
export function isChinaWorkday(dayIndex: number, calendar: WorkCalendar = NATIONAL_CALENDAR): boolean {
  if (calendar.overrides.size > 0) {
    const set = calendar.overrides.get(dateOfDay(dayIndex))
    if (set !== undefined) return set
  }
  return nationalWorkday(dayIndex)
}

/**
 * The year whose 放假安排 should be entered now and is not: from 1 November (China time) next year,
 * and any time the current year, when the days would come only from the statutory fallback.
 */
export function missingArrangementYear(now: Date, calendar: WorkCalendar): number | null {
  const today = dateOfDay(chinaDayIndex(now.getTime()))
  const year = Number(today.slice(0, 4))
  if (calendarSource(calendar, year) === 'statutory') return year
  if (today >= `${year}-11-01` && calendarSource(calendar, year + 1) === 'statutory') return year + 1
  return null
}

// The library and the rule never change within a process: answers are cached per day and per year.
const nationalCache = new Map<number, boolean>()
const libraryYears = new Map<number, boolean>()
const fallbackYears = new Map<number, Set<string>>()

function libraryHasYear(year: number): boolean {
  let has = libraryYears.get(year)
  if (has === undefined) {
    has = chineseDays().getHolidaysInRange(localNoon(year, 1, 1), localNoon(year, 12, 31), false).length > 0
    libraryYears.set(year, has)
  }
  return has
}

function nationalWorkday(dayIndex: number): boolean {
  let answer = nationalCache.get(dayIndex)
  if (answer === undefined) {
    const date = dateOfDay(dayIndex)
    const year = Number(date.slice(0, 4))
    if (libraryHasYear(year)) {
      answer = chineseDays().isWorkday(localNoon(year, Number(date.slice(5, 7)), Number(date.slice(8, 10))))
    } else {
      let off = fallbackYears.get(year)
      if (!off) {
        off = statutoryDaysOff(year)
        fallbackYears.set(year, off)
      }
      answer = !isWeekend(date) && !off.has(date)
    }
    nationalCache.set(dayIndex, answer)
  }
  return answer
}
