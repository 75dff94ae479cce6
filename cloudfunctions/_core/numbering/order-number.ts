import { CHINA_OFFSET_MS, chinaDateCompact } from '../deadlines/china-time'

/** 'HB-20261122-0007': the street's prefix, the China-local date, a per-day sequence (4 digits, more if needed). */
export function formatOrderNumber(prefix: string, at: Date, seq: number): string {
  return `${prefix}-${chinaDateCompact(at)}-${String(seq).padStart(4, '0')}`
}

/** The counter document holding that day's sequence, e.g. 'wo-HB-20261122'. */
export function counterKeyOf(prefix: string, at: Date): string {
  return `wo-${prefix}-${chinaDateCompact(at)}`
}

/** The counter document of one person's reports in one China-local clock hour, e.g. 'rate-u-1-2026112209'. */
export function hourlyCounterKeyOf(userId: string, at: Date): string {
  const hour = String(new Date(at.getTime() + CHINA_OFFSET_MS).getUTCHours()).padStart(2, '0')
  return `rate-${userId}-${chinaDateCompact(at)}${hour}`
}

/** All hourly counters sort between these two ids ('rate-' … 'rate.'). */
export const RATE_KEY_RANGE = { gte: 'rate-', lt: 'rate.' } as const

/**
 * Whether an hourly counter can go: its hour (the key's last ten digits, China-local) ended at least
 * `keepHours` hours before `now`. A key of another shape is never stale (it is not ours to delete).
 */
export function isStaleRateKey(key: string, now: Date, keepHours = 2): boolean {
  const match = /^rate-.+-(\d{4})(\d{2})(\d{2})(\d{2})$/.exec(key)
  if (!match) return false
  const [, y, m, d, h] = match.map(Number)
  const hourEnds = Date.UTC(y, m - 1, d, h + 1) - CHINA_OFFSET_MS
  return now.getTime() - hourEnds >= keepHours * 3_600_000
}
