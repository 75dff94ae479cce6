/** Arithmetic on calendar dates 'YYYY-MM-DD' (no time zone: a date is a date). */
import { DAY_MS } from './china-time'

/** 'YYYY-MM-DD' of a day index (days since 1970-01-01). */
export function dateOfDay(dayIndex: number): string {
  return new Date(dayIndex * DAY_MS).toISOString().slice(0, 10)
}

/** The day index of 'YYYY-MM-DD'. */
export function dayOfDate(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS)
}

export function addDays(date: string, days: number): string {
  return dateOfDay(dayOfDate(date) + days)
}

/** Saturday or Sunday. */
export function isWeekend(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay()
  return weekday === 0 || weekday === 6
}

/**
 * Local noon of a calendar date: `chinese-days` reads dates with local getters, so this hands it the
 * intended date whatever the server's time zone.
 */
export function localNoon(year: number, month: number, day: number): Date {
  return new Date(year, month - 1, day, 12)
}
