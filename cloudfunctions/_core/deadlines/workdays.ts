/**
 * Is a China day a working day? Statutory holidays are off and 调休 make-up days (e.g. Sunday
 * 2026-09-20 and Saturday 2026-10-10) are on, per `chinese-days`. Years it does not know yet fall back
 * to Monday–Friday. Answers are cached per day: the calendar never changes within a process.
 */
import { isWorkday } from 'chinese-days'
import { DAY_MS } from './china-time'

const cache = new Map<number, boolean>()

export function isChinaWorkday(dayIndex: number): boolean {
  let answer = cache.get(dayIndex)
  if (answer === undefined) {
    const utc = new Date(dayIndex * DAY_MS)
    // chinese-days reads the date with local getters: hand it local noon of that calendar date
    const local = new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), 12)
    answer = isWorkday(local)
    cache.set(dayIndex, answer)
  }
  return answer
}
