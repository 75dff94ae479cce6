/**
 * CloudBase identity: the caller is the WeChat OPENID the platform puts in the function context.
 * A timer trigger (no OPENID, event Type 'Timer') and WeChat's push of a media-check result (no OPENID,
 * Event 'wxa_media_check') are the system caller; a client call always carries an OPENID, so it
 * cannot pose as either. devLogin does not exist here.
 */
import type { User } from '../../../types/identity'
import type { IdentityPort, InvocationContext } from '../ports'
import type { Store, StoredDoc } from '../store/port'
import { callerOf, SYSTEM_CALLER } from './caller'

export function createCloudbaseIdentity(options: {
  store: Store
  /** reads WX_OPENID from the context (tcb.getCloudbaseContext) */
  openidOf: (context: InvocationContext) => string | undefined
}): IdentityPort {
  const { store, openidOf } = options
  return {
    async identify(event: unknown, context: InvocationContext) {
      const openid = openidOf(context)
      if (!openid) {
        const e = typeof event === 'object' && event !== null ? (event as { Type?: unknown; Event?: unknown }) : {}
        return e.Type === 'Timer' || e.Event === 'wxa_media_check' ? SYSTEM_CALLER : null
      }
      const page = await store.collection<User & StoredDoc>('users').find({ where: { openid }, limit: 1 })
      const user = page.items[0]
      if (user) return callerOf(user)
      // a WeChat user who has not bound an address yet is a resident without one
      return { userId: `wx:${openid}`, name: '居民', kind: 'resident', roles: ['resident'], scopes: [] }
    },
  }
}
