/**
 * Whom an admin may invite, as data (the server's `mayManage` decides; this only keeps the page from
 * offering a choice that is sure to be refused): the roles by the admin's own role, and the kind of
 * org each role belongs to.
 */
import { ROLE_LABEL } from '../../../../types/labels'

export type InviteRole =
  | 'grid_worker'
  | 'grid_leader'
  | 'property_staff'
  | 'property_manager'
  | 'community_admin'
  | 'street_admin'
  | 'department_officer'

export type OrgKind = 'street' | 'community' | 'grid' | 'property' | 'department'

export const ROLE_ORG_KIND: Record<InviteRole, OrgKind> = {
  grid_worker: 'grid',
  grid_leader: 'community',
  community_admin: 'community',
  property_staff: 'property',
  property_manager: 'property',
  street_admin: 'street',
  department_officer: 'department',
}

const INVITABLE_BY: Record<'street_admin' | 'community_admin' | 'property_manager', InviteRole[]> = {
  street_admin: [
    'grid_worker',
    'grid_leader',
    'community_admin',
    'property_manager',
    'property_staff',
    'department_officer',
    'street_admin',
  ],
  community_admin: ['grid_worker', 'grid_leader', 'community_admin'],
  property_manager: ['property_staff', 'property_manager'],
}

/** The roles this admin may invite, in the order a street office uses them. */
export function invitableRoles(myRoles: readonly string[]): Array<{ value: InviteRole; label: string }> {
  const all = new Set<InviteRole>()
  for (const r of myRoles) for (const x of INVITABLE_BY[r as keyof typeof INVITABLE_BY] ?? []) all.add(x)
  const order = INVITABLE_BY.street_admin
  return order.filter((r) => all.has(r)).map((value) => ({ value, label: ROLE_LABEL[value] }))
}

/** Whether the page must ask which org: the admin's own org is taken by default only when it fits. */
export function needsOrgChoice(role: InviteRole, myRoles: readonly string[]): boolean {
  if (myRoles.includes('street_admin')) return ROLE_ORG_KIND[role] !== 'street'
  return role === 'grid_worker'
}
