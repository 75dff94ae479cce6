/**
 * Local and self-hosted identity: a signed token (HS256 JWT) naming a user id, sent as
 * `Authorization: Bearer <token>`. Dev personas get their token from auth.devLogin.
 */
import { sign, verify } from 'hono/jwt'
import type { User } from '../../../types/identity'
import type { IdentityPort, InvocationContext } from '../ports'
import type { Store, StoredDoc } from '../store/port'
import { callerOf, isActiveUser, SYSTEM_CALLER } from './caller'

const TOKEN_DAYS = 30

export function createLocalIdentity(options: { store: Store; secret: string; now: () => Date }): IdentityPort {
  const { store, secret, now } = options
  return {
    async identify(_event: unknown, context: InvocationContext) {
      if (context.trigger === 'timer') return SYSTEM_CALLER
      const header = typeof context.authorization === 'string' ? context.authorization : ''
      const match = /^Bearer\s+(\S+)$/i.exec(header)
      if (!match) return null
      let userId: string
      try {
        const payload = await verify(match[1], secret, 'HS256')
        if (typeof payload.sub !== 'string') return null
        // expiry is judged by the platform clock (tests inject one), so it is a claim of our own
        if (typeof payload.expiresAt !== 'number' || payload.expiresAt * 1000 < now().getTime()) return null
        userId = payload.sub
      } catch {
        return null // a bad or expired token is the same as no token
      }
      const user = await store.collection<User & StoredDoc>('users').get(userId)
      return user && isActiveUser(user) ? callerOf(user) : null
    },
    async issueToken(userId: string) {
      const issuedAt = Math.floor(now().getTime() / 1000)
      return sign({ sub: userId, issuedAt, expiresAt: issuedAt + TOKEN_DAYS * 86400 }, secret, 'HS256')
    },
  }
}
