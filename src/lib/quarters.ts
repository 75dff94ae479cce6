/** Quarters as the board names them ('2026-Q3'), in China time: pure, for the board pages. */
import { chinaParts } from '../../types/china-time'

const CN = ['一', '二', '三', '四']

/** the quarter an instant falls in */
export function quarterOf(at: Date): string {
  const p = chinaParts(at)!
  return `${p.year}-Q${Math.floor((p.month - 1) / 3) + 1}`
}

/** the quarter `by` quarters after (negative: before) */
export function shiftQuarter(quarter: string, by: number): string {
  const year = Number(quarter.slice(0, 4))
  const index = year * 4 + Number(quarter.slice(6)) - 1 + by
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`
}

/** the last `n` ended quarters, newest first (the current one is still running, so it is not scored) */
export function endedQuarters(now: Date, n: number): string[] {
  const current = quarterOf(now)
  return Array.from({ length: n }, (_, i) => shiftQuarter(current, -1 - i))
}

/** '2026-Q3' → '2026年第三季度' */
export function quarterLabel(quarter: string): string {
  const q = Number(quarter.slice(6))
  return `${quarter.slice(0, 4)}年第${CN[q - 1] ?? q}季度`
}
