/**
 * The `users` document of a caller. A WeChat user who has only signed in has no document yet
 * (CloudBase names them `wx:<openid>`); the first thing they write (consent, a redeemed invite)
 * creates it.
 */
import type { Caller, User } from '../../types/identity'
import type { Store, StoredDoc, Tx } from '../_platform/store/port'

export type UserDoc = User &
  StoredDoc & {
    createdAt?: string
    /** the privacy notice version the person consented to, and when */
    privacyConsent?: { version: string; at: string } | null
    /**
     * the phone WeChat confirmed for this person (household.phoneFromWechat): only a binding with
     * this phone is verified by the community's roster without a grid worker
     */
    wechatPhone?: string | null
    /** the current household (its projection is `address`) */
    householdId?: string | null
    householdVerified?: boolean
  }

export const usersOf = (store: Store) => store.collection<UserDoc>('users')

/** The openid of a caller identified by WeChat, when the identity adapter says so. */
function openidOf(caller: Caller): string | undefined {
  return caller.openid || (caller.userId.startsWith('wx:') ? caller.userId.slice(3) : undefined)
}

/** A fresh document for a caller who has none (a signed-in WeChat user). */
export function newUserDoc(caller: Caller, at: string): Omit<UserDoc, '_v'> {
  const openid = openidOf(caller)
  return {
    _id: caller.userId,
    kind: caller.kind === 'staff' ? 'staff' : 'resident',
    name: caller.name,
    persona: '',
    scopes: caller.scopes,
    ...(openid ? { openid } : {}),
    createdAt: at,
  }
}

/** The caller's document, created when missing (inside a transaction). */
export async function userInTx(tx: Tx, caller: Caller, at: string): Promise<UserDoc> {
  const users = tx.collection<UserDoc>('users')
  return (await users.get(caller.userId)) ?? (await users.insert(newUserDoc(caller, at) as never))
}

/** The caller's document, created when missing. */
export async function loadOrCreateUser(store: Store, caller: Caller, at: string): Promise<UserDoc> {
  const found = await usersOf(store).get(caller.userId)
  if (found) return found
  try {
    return await usersOf(store).insert(newUserDoc(caller, at) as never)
  } catch (error) {
    // created meanwhile by another call of the same person
    const again = await usersOf(store).get(caller.userId)
    if (again) return again
    throw error
  }
}
