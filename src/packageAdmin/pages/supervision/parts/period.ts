/**
 * The dashboard's periods as China-local calendar days (`from`/`to` inclusive): 近3个月 (three
 * calendar months to today, so the trend has three points), 本季度, 上季度 and 今年. Pure: today is
 * an argument.
 */
import { chinaParts } from '../../../../../types/china-time'

export const PERIODS = [
  { key: 'last3', label: '近3个月' },
  { key: 'quarter', label: '本季度' },
  { key: 'lastQuarter', label: '上季度' },
  { key: 'year', label: '今年' },
] as const
export type PeriodKey = (typeof PERIODS)[number]['key']

const pad = (n: number) => (n < 10 ? `0${n}` : String(n))
const day = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`
/** the last day of month m (1–12) of year y */
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate()

/** month m shifted by `by` months: [year, month] */
function shift(y: number, m: number, by: number): [number, number] {
  const index = y * 12 + (m - 1) + by
  return [Math.floor(index / 12), (index % 12) + 1]
}

export function periodOf(key: PeriodKey, now: Date): { from: string; to: string } {
  const p = chinaParts(now)!
  const today = day(p.year, p.month, p.day)
  const quarterStart = Math.floor((p.month - 1) / 3) * 3 + 1
  switch (key) {
    case 'last3': {
      const [y, m] = shift(p.year, p.month, -2)
      return { from: day(y, m, 1), to: today }
    }
    case 'quarter':
      return { from: day(p.year, quarterStart, 1), to: today }
    case 'lastQuarter': {
      const [y, m] = shift(p.year, quarterStart, -3)
      const [ey, em] = shift(y, m, 2)
      return { from: day(y, m, 1), to: day(ey, em, lastDay(ey, em)) }
    }
    case 'year':
      return { from: day(p.year, 1, 1), to: today }
  }
}

/** '2026-10-01' → '10月' (the trend's axis) */
export const monthLabel = (month: string) => `${Number(month.slice(5, 7))}月`

/** a rate as a percentage with one decimal; null (an empty denominator) as — */
export const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`)
