/** Quarters in China time: '2026-Q3' is 2026-07-01 00:00 to 2026-10-01 00:00 (UTC+8). Pure. */
import { CHINA_OFFSET_MS } from '../deadlines/china-time'

export interface QuarterRange {
  /** ISO UTC of the first instant */
  from: string
  /** ISO UTC of the first instant after the quarter */
  to: string
}

export function parseQuarter(quarter: string): { year: number; q: number } {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter)
  if (!m) throw new Error(`bad quarter ${quarter}`)
  return { year: Number(m[1]), q: Number(m[2]) }
}

const chinaMidnight = (year: number, month0: number) => new Date(Date.UTC(year, month0, 1) - CHINA_OFFSET_MS)

export function quarterRange(quarter: string): QuarterRange {
  const { year, q } = parseQuarter(quarter)
  return { from: chinaMidnight(year, (q - 1) * 3).toISOString(), to: chinaMidnight(year, q * 3).toISOString() }
}

export function quarterOf(at: Date): string {
  const china = new Date(at.getTime() + CHINA_OFFSET_MS)
  return `${china.getUTCFullYear()}-Q${Math.floor(china.getUTCMonth() / 3) + 1}`
}

export function previousQuarter(quarter: string): string {
  const { year, q } = parseQuarter(quarter)
  return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`
}

/** The last quarter that has fully ended at `now`. */
export const lastEndedQuarter = (now: Date): string => previousQuarter(quarterOf(now))

export const quarterEnded = (quarter: string, now: Date): boolean => now.toISOString() >= quarterRange(quarter).to

/** The quarter's first and last China-local calendar days, e.g. '2026-07-01' and '2026-09-30'. */
export function quarterDays(quarter: string): { from: string; to: string } {
  const { year, q } = parseQuarter(quarter)
  const first = (q - 1) * 3
  const last = new Date(Date.UTC(year, first + 3, 0)).getUTCDate()
  const mm = (m: number) => String(m + 1).padStart(2, '0')
  return { from: `${year}-${mm(first)}-01`, to: `${year}-${mm(first + 2)}-${last}` }
}
