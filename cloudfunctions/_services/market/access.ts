/**
 * Who may do what with a market: residents see their community's (and their street's) published
 * markets; staff work at markets in their scope; community admins manage their community's and
 * street admins any in the street. A grid worker books for a resident of their grid (代约).
 */
import type { BoundAddress, Caller, Role } from '../../../types/identity'
import { forbidden, invalidInput, notFound } from '../../_platform/kit/errors'
import type { Store } from '../../_platform/store/port'
import { type UserDoc, usersOf } from '../accounts'
import { roomKeyOf } from '../households'
import { placesOf } from '../places'
import { cachedRead } from '../reference-cache'

/** Who manages markets (save, publish, cancel, stats, review stalls). */
export const MANAGER_ROLES: readonly Role[] = ['community_admin', 'street_admin']
/** Who works at a market (check-in, walk-ins, attendance). */
export const WORKER_ROLES: readonly Role[] = ['community_admin', 'street_admin', 'grid_leader', 'grid_worker']

export interface Place {
  streetId: string
  communityId: string
}

/** The community a grid belongs to (reference data, cached). */
function communityOfGrid(store: Store, gridId: string): Promise<string | null> {
  return cachedRead(
    store,
    `grid-community:${gridId}`,
    async () => (await placesOf(store).get(gridId))?.communityId ?? null,
  )
}

export function mayManage(caller: Caller, m: Place): boolean {
  return caller.scopes.some(
    ({ role, orgId }) =>
      (role === 'community_admin' && m.communityId !== '' && orgId === m.communityId) ||
      (role === 'street_admin' && orgId === m.streetId),
  )
}

/**
 * The market's jurisdiction: a community (its street above it) or a street. Without one named: the
 * caller's community, else (a street admin) their street.
 */
export async function jurisdictionOf(store: Store, caller: Caller, wanted: string | undefined) {
  const id =
    wanted ??
    caller.scopes.find((s) => s.role === 'community_admin')?.orgId ??
    caller.scopes.find((s) => s.role === 'street_admin')?.orgId
  if (!id) throw invalidInput('请选择集市所属的社区或街道')
  const place = await placesOf(store).get(id)
  if (!place || (place.kind !== 'community' && place.kind !== 'street')) throw invalidInput('没有找到这个社区或街道')
  const at =
    place.kind === 'community'
      ? { streetId: place.parentId, communityId: place._id, jurisdictionId: place._id }
      : { streetId: place._id, communityId: '', jurisdictionId: place._id }
  if (!mayManage(caller, at)) throw forbidden('只能管理本社区（或本街道）的集市')
  return at
}

export async function mayWorkAt(store: Store, caller: Caller, m: Place): Promise<boolean> {
  if (mayManage(caller, m)) return true
  for (const { role, orgId } of caller.scopes) {
    if (role === 'grid_leader' && (orgId === m.communityId || m.communityId === '')) return true
    if (role === 'grid_worker') {
      const community = await communityOfGrid(store, orgId)
      if (community && (community === m.communityId || m.communityId === '')) return true
    }
  }
  return false
}

/** A resident sees a market of their own community, or one for their whole street. */
export function residentSees(address: BoundAddress | undefined | null, m: Place): boolean {
  if (!address) return false
  return m.communityId === '' ? address.streetId === m.streetId : address.communityId === m.communityId
}

/** The person a booking is for, and the staff member who made it for them (代约). */
export interface Bookee {
  userId: string
  name: string
  address: BoundAddress | null
  householdVerified: boolean
  householdId: string
  frozenUntil: string | null
  proxy: { id: string; name: string } | null
}

const householdOf = (a: BoundAddress | null | undefined) =>
  a ? roomKeyOf(a.buildingId, a.unit ?? '', a.room ?? '') : ''

/** The caller, when booking for themselves: everything from the identity read, no store call. */
export function selfBookee(caller: Caller): Bookee {
  if (!caller.roles.includes('resident')) throw forbidden('只有居民本人可以预约；网格员代约请选择居民')
  return {
    userId: caller.userId,
    name: caller.name,
    address: caller.address ?? null,
    householdVerified: caller.householdVerified === true,
    householdId: householdOf(caller.address),
    frozenUntil: caller.marketFrozenUntil ?? null,
    proxy: null,
  }
}

/** 代约: the grid worker's resident, who must live in one of the worker's grids. */
export async function proxyBookee(store: Store, caller: Caller, forUserId: string): Promise<Bookee> {
  const grids = caller.scopes.filter((s) => s.role === 'grid_worker').map((s) => s.orgId)
  if (grids.length === 0) throw forbidden('只有网格员可以为本网格的居民代约')
  const user = (await usersOf(store).get(forUserId)) as UserDoc | null
  // a resident of another grid is as good as unknown: nothing about them is told
  if (user?.kind !== 'resident' || !user.address || !grids.includes(user.address.gridId)) {
    throw notFound('没有找到本网格的这位居民')
  }
  return {
    userId: user._id,
    name: user.name,
    address: user.address,
    householdVerified: user.householdVerified === true,
    householdId: householdOf(user.address),
    frozenUntil: user.marketFrozenUntil ?? null,
    proxy: { id: caller.userId, name: caller.name },
  }
}

export function bookeeOf(store: Store, caller: Caller, forUserId: string | undefined): Promise<Bookee> | Bookee {
  return forUserId && forUserId !== caller.userId ? proxyBookee(store, caller, forUserId) : selfBookee(caller)
}

/** A booking's owner, or the staff member who booked it for them, may act on it. */
export function ownsBooking(caller: Caller, b: { residentId: string; proxyStaffId: string | null }): boolean {
  return b.residentId === caller.userId || (b.proxyStaffId !== null && b.proxyStaffId === caller.userId)
}
