/**
 * China time (UTC+8 all year, no daylight saving), the one module for it: the functions' core
 * (deadlines, order numbers, notification text) and the client (every date a person reads) both
 * import it. No zod and no Intl (the weapp runtime's Intl is unreliable): plain arithmetic on epoch
 * milliseconds, which is exact for a fixed offset.
 */
export const HOUR_MS = 3_600_000
export const DAY_MS = 86_400_000
export const CHINA_OFFSET_MS = 8 * HOUR_MS

/** Days since 1970-01-01 in China time. */
export function chinaDayIndex(ms: number): number {
  return Math.floor((ms + CHINA_OFFSET_MS) / DAY_MS)
}

/** The UTC instant of 00:00 China time on that China day. */
export function chinaDayStart(dayIndex: number): number {
  return dayIndex * DAY_MS - CHINA_OFFSET_MS
}

/** Minutes after midnight of 'HH:MM'. */
export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number)
  return h * 60 + m
}

export interface ChinaParts {
  year: number
  month: number
  day: number
  hour: number
  minute: number
}

/** The China-local calendar fields of an instant; null for a missing or unreadable date. */
export function chinaParts(at: Date | string | null | undefined): ChinaParts | null {
  if (!at) return null
  const ms = typeof at === 'string' ? Date.parse(at) : at.getTime()
  if (Number.isNaN(ms)) return null
  const d = new Date(ms + CHINA_OFFSET_MS)
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  }
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n))

/** 'YYYYMMDD' of the China-local date (order numbers). */
export function chinaDateCompact(at: Date): string {
  const p = chinaParts(at)!
  return `${p.year}${pad2(p.month)}${pad2(p.day)}`
}

/** 'MM-DD HH:mm' (list rows); '' for a missing or bad date. */
export function formatTime(iso: string | null | undefined): string {
  const p = chinaParts(iso)
  return p ? `${pad2(p.month)}-${pad2(p.day)} ${pad2(p.hour)}:${pad2(p.minute)}` : ''
}

/** 'YYYY-MM-DD HH:mm' (detail pages); '' for a missing or bad date. */
export function formatDateTime(iso: string | null | undefined): string {
  const p = chinaParts(iso)
  return p ? `${p.year}-${formatTime(iso)}` : ''
}

/** '11月23日 17:30' (notification bodies); '' for a missing or bad date. */
export function formatDeadline(iso: string | null | undefined): string {
  const p = chinaParts(iso)
  return p ? `${p.month}月${p.day}日 ${pad2(p.hour)}:${pad2(p.minute)}` : ''
}

function span(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000))
  if (minutes < 60) return `${minutes}分钟`
  const hours = Math.round(minutes / 60)
  if (hours < 48) return `${hours}小时`
  return `${Math.round(hours / 24)}天`
}

/** '剩余3小时' before the deadline, '已超时2小时' after it; '' for a missing or bad date. */
export function remainingText(iso: string | null | undefined, now: number = Date.now()): string {
  if (!iso) return ''
  const t = Date.parse(iso)
  if (Number.isNaN(t)) return ''
  const diff = t - now
  return diff >= 0 ? `剩余${span(diff)}` : `已超时${span(-diff)}`
}
