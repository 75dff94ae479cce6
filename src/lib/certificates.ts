/** Client helpers for online certificates: the verify link a QR carries, the QR image, the due line. */
import { chinaParts } from '../../types/china-time'
import { API_BASE } from './env'
import { pageLink, qrDataUrl } from './qr'

export const CERT_ROUTES = {
  types: '/pages/certificates/types/index',
  apply: '/pages/certificates/apply/index',
  mine: '/pages/certificates/mine/index',
  detail: '/pages/certificates/detail/index',
  verify: '/pages/verify/index',
  staffInbox: '/packageStaff/pages/certificates/index',
  staffReview: '/packageStaff/pages/certificate/index',
  adminCatalogue: '/packageAdmin/pages/catalogue/index',
} as const

/** The public verify page for a token: the H5 page anyone can open from the QR. */
export function verifyUrl(token: string): string {
  return pageLink(`/pages/verify/index?token=${encodeURIComponent(token)}`)
}

export { qrDataUrl }

/** '12月4日': the China-local date of an instant. */
export function dayText(iso: string | null | undefined): string {
  const p = chinaParts(iso)
  return p ? `${p.month}月${p.day}日` : ''
}

/** '承诺3个工作日，预计12月4日前办结' (or why no date is shown). */
export function dueLine(limitText: string, dueBy: string | null, paused: boolean): string {
  if (paused) return `${limitText}，补充材料期间暂停计时`
  return dueBy ? `${limitText}，预计${dayText(dueBy)}前办结` : limitText
}

/** Opens a downloaded file link (the certificate PDF) from a relative /api/_files URL. */
export function absoluteUrl(url: string): string {
  return /^https?:/.test(url) ? url : `${API_BASE}${url}`
}
