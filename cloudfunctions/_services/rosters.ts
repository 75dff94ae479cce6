/** Who works where: the `memberships` collection, open-order load, and picking a person for an org. */
import type { HandlerKind } from '../../types/catalog'
import type { Role, User } from '../../types/identity'
import type { StaffInput } from '../_core/routing'
import type { Store, StoredDoc, Where } from '../_platform/store/port'
import { ordersOf } from './orders'
import { cachedRead, clearReferenceCache } from './reference-cache'
import { findAll } from './reference-sets'

export interface Membership extends StoredDoc {
  userId: string
  orgId: string
  role: Role
  onDuty: boolean
}

export const membershipsOf = (store: Store) => store.collection<Membership>('memberships')

export async function membersOf(store: Store, orgId: string, roles?: readonly Role[]): Promise<Membership[]> {
  const where: Where = roles ? { orgId, role: { in: [...roles] } } : { orgId }
  return (await membershipsOf(store).find({ where, limit: 200 })).items
}

export async function openLoadOf(store: Store, staffId: string): Promise<number> {
  return ordersOf(store).count({ handlerStaffId: staffId, statusGroup: 'open' })
}

/**
 * Open orders held by each of these people, in one query. Past `cap` orders in all the count is a
 * floor, which still ranks the lightly loaded first.
 */
export async function openLoadsOf(store: Store, staffIds: string[], cap = 500): Promise<Map<string, number>> {
  const loads = new Map(staffIds.map((id) => [id, 0]))
  if (staffIds.length === 0) return loads
  const page = await ordersOf(store).find({
    where: { handlerStaffId: { in: staffIds }, statusGroup: 'open' },
    limit: cap,
  })
  for (const o of page.items) loads.set(o.handlerStaffId, (loads.get(o.handlerStaffId) ?? 0) + 1)
  return loads
}

export async function userNameOf(store: Store, userId: string): Promise<string> {
  if (!userId) return ''
  const user = await store.collection('users').get(userId)
  return typeof user?.name === 'string' ? user.name : ''
}

/** Names of these users, a query per 1,000. */
async function namesOf(store: Store, userIds: string[]): Promise<Map<string, string>> {
  const ids = [...new Set(userIds)].filter(Boolean)
  const names = new Map<string, string>()
  for (let i = 0; i < ids.length; i += 1000) {
    const chunk = ids.slice(i, i + 1000)
    const page = await store.collection('users').find({ where: { _id: { in: chunk } }, limit: chunk.length })
    for (const u of page.items) names.set(u._id, typeof u.name === 'string' ? u.name : '')
  }
  return names
}

async function asStaff(store: Store, members: Membership[]): Promise<StaffInput[]> {
  const names = await namesOf(
    store,
    members.map((m) => m.userId),
  )
  return members.map((m) => ({
    id: m.userId,
    name: names.get(m.userId) ?? '',
    orgId: m.orgId,
    role: m.role,
    onDuty: m.onDuty,
    openLoad: 0,
  }))
}

/**
 * The rosters of several orgs (an estate's grid, community and property company) in two queries,
 * cached together: what routing one report needs.
 */
export async function rostersOf(store: Store, orgIds: string[]): Promise<StaffInput[]> {
  const all = await allRosters(store)
  return [...new Set(orgIds)].sort().flatMap((id) => all.byOrg.get(id) ?? [])
}

/** Every department officer of the deployment (departments are few; rules may name any of them). */
export async function departmentRosters(store: Store): Promise<StaffInput[]> {
  return (await allRosters(store)).officers
}

/**
 * Every membership of the deployment with its person's name, grouped by org: one paged read per
 * cache lifetime (see reference-sets.ts), cleared at once by a duty change on this instance.
 */
function allRosters(store: Store): Promise<{ byOrg: Map<string, StaffInput[]>; officers: StaffInput[] }> {
  return cachedRead(store, 'rosters:all', async () => {
    const staff = await asStaff(store, await findAll(membershipsOf(store), {}))
    const byOrg = new Map<string, StaffInput[]>()
    for (const s of staff) byOrg.set(s.orgId, [...(byOrg.get(s.orgId) ?? []), s])
    return { byOrg, officers: staff.filter((s) => s.role === 'department_officer') }
  })
}

/** A membership was added or removed: this instance's routing sees it at once (others within the cache's lifetime). */
export function rostersChanged(store: Store): void {
  clearReferenceCache(store)
}

/** 在岗 / 休息 for one membership; the next dispatch on this instance sees it. */
export async function setOnDuty(store: Store, userId: string, orgId: string, role: Role, onDuty: boolean) {
  await store.transaction(async (tx) => {
    await tx.collection<Membership>('memberships').patch(`${userId}:${orgId}:${role}`, { onDuty })
    // the user record carries it too, for the caller's own views (the inbox's 在岗 switch)
    const users = tx.collection<StoredDoc & Pick<User, 'scopes'>>('users')
    const user = await users.get(userId)
    if (user) {
      const scopes = user.scopes.map((s) => (s.orgId === orgId && s.role === role ? { ...s, onDuty } : s))
      await users.patch(userId, { scopes }, { expectedVersion: user._v })
    }
  })
  clearReferenceCache(store)
}

/** The role that takes an order for each kind of handler, most junior first. */
export const HANDLER_ROLES: Record<HandlerKind, readonly Role[]> = {
  grid: ['grid_worker'],
  property: ['property_staff', 'property_manager'],
  community: ['community_admin'],
  department: ['department_officer'],
}

/**
 * For a staff member's transfer to a chosen org: its on-duty member with the fewest open orders
 * (ties by id), or null (the pool). Routing a new report decides its person itself (route()).
 */
export async function pickStaff(
  store: Store,
  kind: HandlerKind,
  orgId: string,
): Promise<{ id: string; name: string } | null> {
  for (const role of HANDLER_ROLES[kind]) {
    const members = (await membersOf(store, orgId, [role])).filter((m) => m.onDuty)
    if (members.length === 0) continue
    const loads = await openLoadsOf(
      store,
      members.map((m) => m.userId),
    )
    members.sort((a, b) => (loads.get(a.userId) ?? 0) - (loads.get(b.userId) ?? 0) || a.userId.localeCompare(b.userId))
    const id = members[0].userId
    return { id, name: await userNameOf(store, id) }
  }
  return null
}
