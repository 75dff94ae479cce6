/**
 * Staff onboarding: single-use invites (stored under a hash of their code, never the code itself),
 * which admin may manage which org's staff, and the deployment's bootstrap invite.
 */
import { createHash } from 'node:crypto'
import { customAlphabet } from 'nanoid'
import type { Caller, Role } from '../../types/identity'
import type { Store, StoredDoc } from '../_platform/store/port'
import { streetOfOrg, streets } from './place-tree'
import { type OrgDoc, orgsOf } from './places'

export interface InviteDoc extends StoredDoc {
  role: Role
  orgId: string
  /** 'open' until redeemed ('used') */
  status: 'open' | 'used'
  expiresAt: string
  createdBy: string
  createdAt: string
  usedBy: string | null
  usedAt: string | null
}

export const invitesOf = (store: Store) => store.collection<InviteDoc>('invites')

export const INVITE_DAYS = 7
/** the bootstrap invite waits until it is used: the operator removes the variable afterwards */
export const NEVER = '9999-12-31T00:00:00.000Z'

/** Codes are read aloud and typed: no 0/O, 1/I/L. */
export const newInviteCode = customAlphabet('23456789ABCDEFGHJKMNPQRSTUVWXYZ', 10)
export const normalizeCode = (code: string) => code.trim().toUpperCase()
export function inviteIdOf(code: string): string {
  return `inv_${createHash('sha256').update(normalizeCode(code)).digest('hex').slice(0, 32)}`
}

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

/**
 * At start-up on every runtime: `XIAOBEI_BOOTSTRAP_CODE` becomes a one-time invite for the street
 * admin of `XIAOBEI_BOOTSTRAP_STREET` (default: the only street). A code already made (used or
 * not) is left alone, so a restart never makes a second first admin.
 */
export async function ensureBootstrapInvite(
  store: Store,
  options: { code?: string; streetId?: string },
  now: Date,
): Promise<'created' | 'exists' | 'skipped'> {
  const code = options.code ? normalizeCode(options.code) : ''
  if (!code) return 'skipped'
  if (!/^[0-9A-Z_-]{8,64}$/.test(code)) {
    console.warn('[bootstrap] XIAOBEI_BOOTSTRAP_CODE 需为 8–64 位字母或数字，已忽略')
    return 'skipped'
  }
  let streetId = options.streetId ?? ''
  if (!streetId) {
    const all = await streets(store)
    if (all.length !== 1) {
      console.warn(`[bootstrap] 有 ${all.length} 个街道，请用 XIAOBEI_BOOTSTRAP_STREET 指定一个`)
      return 'skipped'
    }
    streetId = all[0]._id
  }
  const street = await orgsOf(store).get(streetId)
  if (street?.kind !== 'street') {
    console.warn(`[bootstrap] 没有这个街道：${streetId}`)
    return 'skipped'
  }
  const id = inviteIdOf(code)
  if (await invitesOf(store).get(id)) return 'exists'
  try {
    await invitesOf(store).insert({
      _id: id,
      role: 'street_admin',
      orgId: streetId,
      status: 'open',
      expiresAt: NEVER,
      createdBy: 'bootstrap',
      createdAt: now.toISOString(),
      usedBy: null,
      usedAt: null,
    } as never)
    return 'created'
  } catch (error) {
    if (error instanceof Error && error.name === 'StoreConflictError') return 'exists'
    throw error
  }
}
