/**
 * Staff onboarding: single-use invites (stored under a hash of their code, never the code itself),
 * which admin may manage which org's staff, and the deployment's bootstrap invite.
 */
import { customAlphabet } from 'nanoid'
import type { Caller, Role } from '../../types/identity'
import type { Store, StoredDoc } from '../_platform/store/port'
import { streetOfOrg } from './place-tree'

export { ensureBootstrapInvite, inviteIdOf, normalizeCode } from '../_platform/runtime/bootstrap-invite'

import { allOrgs, type OrgDoc } from './places'

export interface InviteDoc extends StoredDoc {
  role: Role
  orgId: string
  /** 'open' until redeemed ('used') or 作废 by an admin ('revoked') */
  status: 'open' | 'used' | 'revoked'
  expiresAt: string
  createdBy: string
  createdAt: string
  usedBy: string | null
  usedAt: string | null
}

export const invitesOf = (store: Store) => store.collection<InviteDoc>('invites')

export const INVITE_DAYS = 7

/** Codes are read aloud and typed: no 0/O, 1/I/L. */
export const newInviteCode = customAlphabet('23456789ABCDEFGHJKMNPQRSTUVWXYZ', 10)

/** The kind of org each staff role acts for. */
export const ROLE_ORG_KIND: Record<Exclude<Role, 'resident' | 'system'>, OrgDoc['kind']> = {
  grid_worker: 'grid',
  grid_leader: 'community',
  community_admin: 'community',
  property_staff: 'property',
  property_manager: 'property',
  street_admin: 'street',
  department_officer: 'department',
}

export const ADMIN_ROLES = ['street_admin', 'community_admin', 'property_manager'] as const

/**
 * May the caller manage staff of this org (in this role, when given)? A street admin: any org of
 * their street. A community admin: their community's admins and grid leaders, its grids' workers.
 * A property manager: their company's staff and managers.
 */
export async function mayManage(store: Store, caller: Caller, org: OrgDoc, role?: Role): Promise<boolean> {
  const fits = (allowed: readonly Role[]) => role === undefined || allowed.includes(role)
  for (const { role: mine, orgId } of caller.scopes) {
    if (mine === 'community_admin') {
      if (org.kind === 'community' && org._id === orgId && fits(['community_admin', 'grid_leader'])) return true
      if (org.kind === 'grid' && org.communityId === orgId && fits(['grid_worker'])) return true
    }
    if (mine === 'property_manager' && org.kind === 'property' && org._id === orgId) {
      if (fits(['property_staff', 'property_manager'])) return true
    }
  }
  const streetScopes = caller.scopes.filter((s) => s.role === 'street_admin').map((s) => s.orgId)
  if (streetScopes.length === 0) return false
  return streetScopes.includes(await streetOfOrg(store, org._id))
}

/** The most open invites one list reads (they are single-use and live 7 days). */
const OPEN_LIST_LIMIT = 500

/** The open, unexpired invites of orgs the caller may manage that role for, newest first. */
export async function openInvitesFor(store: Store, caller: Caller, now: Date): Promise<InviteDoc[]> {
  const page = await invitesOf(store).find({
    where: { status: 'open' },
    orderBy: [['createdAt', 'desc']],
    limit: OPEN_LIST_LIMIT,
  })
  const live = page.items.filter((i) => i.expiresAt > now.toISOString())
  const orgs = await allOrgs(store)
  const allowed = await Promise.all(
    live.map(async (i) => {
      const org = orgs.get(i.orgId)
      return org ? mayManage(store, caller, org, i.role) : false
    }),
  )
  return live.filter((_, k) => allowed[k])
}
