/**
 * Short-lived grants for photo URLs. An `<Image>` cannot send an Authorization header, so the view
 * that decided a caller may see a photo mints `?t=<grant>` for it; the files route checks the grant.
 * A grant names one file and an expiry, signed with HMAC-SHA256. Pure: the key and the time come in.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

/** a grant lives at least this long */
export const FILE_GRANT_TTL_MS = 30 * 60_000
/** expiries are rounded up to this step, so one page shows the same URL for a while and caches hit */
export const FILE_GRANT_STEP_MS = 10 * 60_000

const signatureOf = (key: Uint8Array | string, fileId: string, expiresAt: number) =>
  createHmac('sha256', key).update(`file:${fileId}:${expiresAt}`).digest('base64url').slice(0, 32)

/** '<expiry in seconds>.<signature>' for one file, valid from `nowMs` for at least the TTL. */
export function fileGrant(key: Uint8Array | string, fileId: string, nowMs: number): string {
  const expiresAt = Math.ceil((nowMs + FILE_GRANT_TTL_MS) / FILE_GRANT_STEP_MS) * (FILE_GRANT_STEP_MS / 1000)
  return `${expiresAt}.${signatureOf(key, fileId, expiresAt)}`
}

export type GrantCheck = 'ok' | 'expired' | 'invalid'

export function checkFileGrant(key: Uint8Array | string, fileId: string, grant: string, nowMs: number): GrantCheck {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{32})$/.exec(grant)
  if (!match) return 'invalid'
  const expiresAt = Number(match[1])
  const expected = Buffer.from(signatureOf(key, fileId, expiresAt))
  const given = Buffer.from(match[2])
  if (!timingSafeEqual(expected, given)) return 'invalid'
  return expiresAt * 1000 <= nowMs ? 'expired' : 'ok'
}
