/**
 * Local and self-hosted identity: a signed token (HS256 JWT) naming a user id, sent as
 * `Authorization: Bearer <token>`. Dev personas get their token from auth.devLogin.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'
import { sign } from 'hono/jwt'
import type { User } from '../../../types/identity'
import type { IdentityPort, InvocationContext } from '../ports'
import type { Store, StoredDoc } from '../store/port'
import { callerOf, isActiveUser, SYSTEM_CALLER } from './caller'

const TOKEN_DAYS = 30

const BASE64URL = /^[A-Za-z0-9_-]*$/

function jsonPart(part: string): unknown {
  if (!BASE64URL.test(part)) return null
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))
  } catch {
    return null
  }
}

/**
 * The payload of an HS256 token signed with `secret`, or null. The same checks as hono/jwt's
 * `verify(token, secret, 'HS256')` (header alg HS256, typ JWT or none, no crit; exp, nbf and iat
 * when present; the signature compared in constant time), with Node's HMAC run on this thread: the
 * Web Crypto verify imported the key and queued a job on the thread pool for every call.
 */
export function verifyHs256(token: string, secret: string, nowSeconds: number): Record<string, unknown> | null {
  const parts = token.split('.')
  if (parts.length !== 3) return null
  const [h, p, s] = parts
  const header = jsonPart(h) as Record<string, unknown> | null
  if (typeof header !== 'object' || header === null || header.alg !== 'HS256' || 'crit' in header) return null
  if (
    'typ' in header &&
    (typeof header.typ !== 'string' || header.typ.toLowerCase().replace(/^application\//, '') !== 'jwt')
  ) {
    return null
  }
  if (!BASE64URL.test(s)) return null
  const signature = Buffer.from(s, 'base64url')
  const expected = createHmac('sha256', secret).update(`${h}.${p}`).digest()
  if (signature.length !== expected.length || !timingSafeEqual(signature, expected)) return null
  const payload = jsonPart(p) as Record<string, unknown> | null
  if (typeof payload !== 'object' || payload === null) return null
  const claim = (name: string) => payload[name]
  const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
  if (claim('nbf') !== undefined && (!finite(claim('nbf')) || (claim('nbf') as number) > nowSeconds)) return null
  if (claim('exp') !== undefined && (!finite(claim('exp')) || (claim('exp') as number) <= nowSeconds)) return null
  if (claim('iat') !== undefined && (!finite(claim('iat')) || nowSeconds < (claim('iat') as number))) return null
  return payload
}

export function createLocalIdentity(options: { store: Store; secret: string; now: () => Date }): IdentityPort {
  const { store, secret, now } = options
  return {
    async identify(_event: unknown, context: InvocationContext) {
      if (context.trigger === 'timer') return SYSTEM_CALLER
      const header = typeof context.authorization === 'string' ? context.authorization : ''
      const match = /^Bearer\s+(\S+)$/i.exec(header)
      if (!match) return null
      // a bad or expired token is the same as no token
      const payload = verifyHs256(match[1], secret, Math.floor(Date.now() / 1000))
      if (!payload || typeof payload.sub !== 'string') return null
      // expiry is judged by the platform clock (tests inject one), so it is a claim of our own
      if (typeof payload.expiresAt !== 'number' || payload.expiresAt * 1000 < now().getTime()) return null
      const user = await store.collection<User & StoredDoc>('users').get(payload.sub)
      return user && isActiveUser(user) ? callerOf(user) : null
    },
    async issueToken(userId: string) {
      const issuedAt = Math.floor(now().getTime() / 1000)
      return sign({ sub: userId, issuedAt, expiresAt: issuedAt + TOKEN_DAYS * 86400 }, secret, 'HS256')
    },
  }
}
