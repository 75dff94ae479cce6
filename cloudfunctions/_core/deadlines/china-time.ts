/** China time is UTC+8 all year (no DST), so plain arithmetic on epoch milliseconds is exact. */
export const CHINA_OFFSET_MS = 8 * 3_600_000
export const DAY_MS = 86_400_000
export const HOUR_MS = 3_600_000

/** Days since 1970-01-01 in China time. */
export function chinaDayIndex(ms: number): number {
  return Math.floor((ms + CHINA_OFFSET_MS) / DAY_MS)
}

/** The UTC instant of 00:00 China time on that China day. */
export function chinaDayStart(dayIndex: number): number {
  return dayIndex * DAY_MS - CHINA_OFFSET_MS
}

/** 'YYYYMMDD' of the China-local date of an instant. */
export function chinaDateCompact(at: Date): string {
  const d = new Date(at.getTime() + CHINA_OFFSET_MS)
  return `${d.getUTCFullYear()}${pad2(d.getUTCMonth() + 1)}${pad2(d.getUTCDate())}`
}

/** Minutes after midnight of 'HH:MM'. */
export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number)
  return h * 60 + m
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}
