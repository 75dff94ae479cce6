/** Dates as residents read them: China time (UTC+8) whatever the phone's zone. */
const CHINA_OFFSET_MS = 8 * 3600 * 1000
const pad = (n: number) => String(n).padStart(2, '0')

function china(iso: string): Date | null {
  const t = Date.parse(iso)
  return Number.isNaN(t) ? null : new Date(t + CHINA_OFFSET_MS)
}

/** 'MM-DD HH:mm' in China time; '' for a missing or bad date. */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return ''
  const d = china(iso)
  if (!d) return ''
  return `${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}

/** 'YYYY-MM-DD HH:mm' in China time. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return ''
  const d = china(iso)
  if (!d) return ''
  return `${d.getUTCFullYear()}-${formatTime(iso)}`
}

function span(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60000))
  if (minutes < 60) return `${minutes}分钟`
  const hours = Math.round(minutes / 60)
  if (hours < 48) return `${hours}小时`
  return `${Math.round(hours / 24)}天`
}

/** '剩余3小时' before the deadline, '已超时2小时' after it. */
export function deadlineText(iso: string | null | undefined, now: number = Date.now()): string {
  if (!iso) return ''
  const t = Date.parse(iso)
  if (Number.isNaN(t)) return ''
  const diff = t - now
  return diff >= 0 ? `剩余${span(diff)}` : `已超时${span(-diff)}`
}

export function isOverdue(iso: string | null | undefined, now: number = Date.now()): boolean {
  if (!iso) return false
  const t = Date.parse(iso)
  return !Number.isNaN(t) && t < now
}
