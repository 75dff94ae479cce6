/**
 * Households (住户): the `households` collection, who may verify which binding, the projection of
 * the current house onto the user's `address`, and the guard later features use.
 */
import { createHash } from 'node:crypto'
import {
  HOUSEHOLD_RELATION_LABEL,
  HOUSEHOLD_STATUS_LABEL,
  type HouseholdRelation,
  type HouseholdStatus,
  type HouseholdView,
  type PendingHouseholdView,
} from '../../types/household'
import type { BoundAddress, Caller } from '../../types/identity'
import { chooseCurrent } from '../_core/households'
import { maskPhone } from '../_core/privacy'
import { forbidden } from '../_platform/kit/errors'
import type { Store, StoredDoc, Tx, Where } from '../_platform/store/port'
import { type UserDoc, usersOf } from './accounts'

export type HouseholdFields = {
  _id: string
  userId: string
  requestKey: string
  streetId: string
  communityId: string
  gridId: string
  estateId: string
  buildingId: string
  unit: string
  room: string
  /** building, unit and room normalised: what a roster row matches */
  roomKey: string
  /** e.g. '博泰佳苑 3号楼 2单元 501' */
  label: string
  relation: HouseholdRelation
  name: string
  phone: string | null
  status: HouseholdStatus
  rejectReason: string | null
  verifiedAt: string | null
  verifiedBy: string | null
  /** 'staff' (by hand), 'roster' (the community's roster) or 'seed' (demo data) */
  verifiedVia: string | null
  createdAt: string
  updatedAt: string
}

export type HouseholdDoc = HouseholdFields & StoredDoc

export const householdsOf = (store: Store) => store.collection<HouseholdDoc>('households')

/** One binding per (person, request): a retried bind finds the binding its first try made. */
export function householdIdOf(userId: string, requestId: string): string {
  return `hh_${createHash('sha256').update(`${userId}\n${requestId}`).digest('hex').slice(0, 24)}`
}

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toUpperCase()
export function roomKeyOf(buildingId: string, unit: string, room: string): string {
  return `${buildingId}|${norm(unit)}|${norm(room)}`
}

export function addressOf(h: HouseholdDoc): BoundAddress {
  return {
    streetId: h.streetId,
    communityId: h.communityId,
    gridId: h.gridId,
    estateId: h.estateId,
    buildingId: h.buildingId,
    unit: h.unit,
    room: h.room,
    label: h.label,
  }
}

export function toHouseholdView(h: HouseholdDoc, currentId: string | null | undefined): HouseholdView {
  return {
    id: h._id,
    buildingId: h.buildingId,
    estateId: h.estateId,
    communityId: h.communityId,
    gridId: h.gridId,
    unit: h.unit,
    room: h.room,
    label: h.label,
    relation: h.relation,
    relationLabel: HOUSEHOLD_RELATION_LABEL[h.relation],
    name: h.name,
    status: h.status,
    statusLabel: HOUSEHOLD_STATUS_LABEL[h.status],
    rejectReason: h.rejectReason,
    current: h._id === currentId,
    createdAt: h.createdAt,
  }
}

export function toPendingView(h: HouseholdDoc): PendingHouseholdView {
  return {
    id: h._id,
    label: h.label,
    gridId: h.gridId,
    relationLabel: HOUSEHOLD_RELATION_LABEL[h.relation],
    name: h.name,
    phone: maskPhone(h.phone),
    createdAt: h.createdAt,
  }
}

/** Roles that verify bindings, each within its own scope. */
export const VERIFIER_ROLES = ['grid_worker', 'grid_leader', 'community_admin', 'street_admin'] as const

/** The grid worker of the binding's grid, the grid leader or admin of its community, its street's admin. */
export function mayVerify(caller: Caller, h: Pick<HouseholdDoc, 'gridId' | 'communityId' | 'streetId'>): boolean {
  return caller.scopes.some(
    ({ role, orgId }) =>
      (role === 'grid_worker' && orgId === h.gridId) ||
      ((role === 'grid_leader' || role === 'community_admin') && orgId === h.communityId) ||
      (role === 'street_admin' && orgId === h.streetId),
  )
}

/** The queries that cover every binding the caller may verify, one per scope. */
export function verifierScopes(caller: Caller): Where[] {
  const out: Where[] = []
  for (const { role, orgId } of caller.scopes) {
    if (role === 'grid_worker') out.push({ gridId: orgId })
    if (role === 'grid_leader' || role === 'community_admin') out.push({ communityId: orgId })
    if (role === 'street_admin') out.push({ streetId: orgId })
  }
  return out
}

/** Every binding of one person (a person holds a handful). */
export async function householdsOfUser(store: Store, userId: string): Promise<HouseholdDoc[]> {
  const page = await householdsOf(store).find({ where: { userId }, orderBy: [['createdAt', 'asc']], limit: 100 })
  return page.items
}

/**
 * The user fields that project the current house: its id, whether it is verified, and `address`
 * (what reporting reads as the resident's home). No live house: all cleared.
 */
export function projectionOf(
  user: Pick<UserDoc, 'householdId'>,
  households: readonly HouseholdDoc[],
  preferId?: string,
): Pick<UserDoc, 'householdId' | 'householdVerified'> & { address: BoundAddress | null } {
  const chosen = chooseCurrent(
    user.householdId,
    households.map((h) => ({ id: h._id, status: h.status, createdAt: h.createdAt, verifiedAt: h.verifiedAt })),
    preferId,
  )
  const h = chosen ? households.find((x) => x._id === chosen.id)! : null
  return h
    ? { householdId: h._id, householdVerified: h.status === 'verified', address: addressOf(h) }
    : { householdId: null, householdVerified: false, address: null }
}

/**
 * Writes the projection onto the user document inside the transaction that changed a binding.
 * `households` must already hold the binding's new state.
 */
export async function projectInTx(
  tx: Tx,
  userId: string,
  households: readonly HouseholdDoc[],
  preferId?: string,
): Promise<void> {
  const users = tx.collection<UserDoc>('users')
  const user = await users.get(userId)
  if (!user) return
  const next = projectionOf(user, households, preferId)
  const same =
    user.householdId === next.householdId &&
    (user.householdVerified ?? false) === next.householdVerified &&
    JSON.stringify(user.address ?? null) === JSON.stringify(next.address)
  if (!same) await users.patch(userId, next as never)
}

/**
 * The guard of what only a verified resident may do (certificates, booking, rating, 同问):
 * returns the caller's current verified house, or refuses with a reason the resident can act on.
 */
export async function requireVerifiedHousehold(store: Store, caller: Caller): Promise<HouseholdDoc> {
  const user = await usersOf(store).get(caller.userId)
  const id = user?.householdVerified ? user.householdId : null
  const h = id ? await householdsOf(store).get(id) : null
  if (h?.status !== 'verified' || h.userId !== caller.userId) {
    throw forbidden('此功能仅限已核实的住户使用：请先在“我的”里绑定住址，并等待网格员核实')
  }
  return h
}
