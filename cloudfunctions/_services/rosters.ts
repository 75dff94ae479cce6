/** Who works where: the `memberships` collection, open-order load, and picking a person for an org. */
import type { HandlerKind } from '../../types/catalog'
import type { Role } from '../../types/identity'
import type { Store, StoredDoc, Where } from '../_platform/store/port'
import { ordersOf } from './orders'

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

export async function userNameOf(store: Store, userId: string): Promise<string> {
  if (!userId) return ''
  const user = await store.collection('users').get(userId)
  return typeof user?.name === 'string' ? user.name : ''
}

/** The role that takes an order for each kind of handler, most junior first. */
export const HANDLER_ROLES: Record<HandlerKind, readonly Role[]> = {
  grid: ['grid_worker'],
  property: ['property_staff', 'property_manager'],
  community: ['community_admin'],
  department: ['department_officer'],
}

/** The on-duty member of the org with the fewest open orders (ties by id), or null: the order goes to the pool. */
export async function pickStaff(
  store: Store,
  kind: HandlerKind,
  orgId: string,
): Promise<{ id: string; name: string } | null> {
  for (const role of HANDLER_ROLES[kind]) {
    const members = (await membersOf(store, orgId, [role])).filter((m) => m.onDuty)
    if (members.length === 0) continue
    const loads = await Promise.all(members.map(async (m) => ({ m, load: await openLoadOf(store, m.userId) })))
    loads.sort((a, b) => a.load - b.load || a.m.userId.localeCompare(b.m.userId))
    const id = loads[0].m.userId
    return { id, name: await userNameOf(store, id) }
  }
  return null
}
