/** 民生集市 on the client: page paths, request ids, slot times in China time, the check-in QR. */

import { chinaParts } from '../../types/china-time'
import { qrDataUrl } from './qr'

export const MARKET_ROUTES = {
  market: '/pages/market/index',
  mine: '/pages/market/mine/index',
  scan: '/packageStaff/pages/market-scan/index',
  admin: '/packageAdmin/pages/market/index',
} as const

/** One id per tap: a retried tap after a lost reply books once. */
export function newRequestId(prefix = 'mk'): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n))

/** '09:00' in China time. */
export function clock(iso: string): string {
  const p = chinaParts(iso)
  return p ? `${pad(p.hour)}:${pad(p.minute)}` : ''
}

/** '12月5日 周六' in China time. */
export function dayLabel(iso: string): string {
  const p = chinaParts(iso)
  if (!p) return ''
  const weekday = '日一二三四五六'[new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay()]
  return `${p.month}月${p.day}日 周${weekday}`
}

/** '09:00–09:30' */
export const slotTime = (s: { startsAt: string; endsAt: string }) => `${clock(s.startsAt)}–${clock(s.endsAt)}`

/** '还剩 12分35秒' until an instant; '' once past. */
export function countdown(untilIso: string, nowMs: number): string {
  const left = Math.max(0, Date.parse(untilIso) - nowMs)
  if (left === 0) return ''
  const m = Math.floor(left / 60_000)
  const s = Math.floor((left % 60_000) / 1000)
  return m >= 60 ? `还剩 ${Math.floor(m / 60)}小时${m % 60}分` : `还剩 ${m}分${pad(s)}秒`
}

/** The check-in code as a QR image (a GIF data URL), big modules so an elder's phone scans well. */
export const checkinQr = (code: string, cellSize = 8): string => qrDataUrl(code, cellSize, 4)
