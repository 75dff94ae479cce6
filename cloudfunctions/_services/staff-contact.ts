/**
 * How a detail shows the staff member who holds an order: their job title and masked work phone.
 * This is directory data that changes rarely, so it is read through the per-instance reference cache
 * (a change is seen within its TTL), and only the masked phone is kept there. When the caller holds
 * the order themselves, their own record (read by the identity adapter) answers with no read at all.
 */
import type { Caller } from '../../types/identity'
import { maskPhone } from '../_core/privacy'
import type { Store, StoredDoc } from '../_platform/store/port'
import { cachedRead } from './reference-cache'

export interface StaffContact {
  title: string | null
  phoneMasked: string | null
}

const contactOf = (user: { title?: unknown; phone?: unknown }): StaffContact => ({
  title: typeof user.title === 'string' && user.title ? user.title : null,
  phoneMasked: typeof user.phone === 'string' && user.phone ? maskPhone(user.phone) : null,
})

export function staffContactOf(store: Store, caller: Caller, userId: string): Promise<StaffContact | null> {
  if (caller.userId === userId) return Promise.resolve(contactOf(caller))
  return cachedRead(store, `staff-contact:${userId}`, async () => {
    const user = await store.collection<StoredDoc & { title?: string; phone?: string }>('users').get(userId)
    return user ? contactOf(user) : null
  })
}
