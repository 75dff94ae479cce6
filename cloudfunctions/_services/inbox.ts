/**
 * The staff inbox: which orders a caller's scope covers, as store queries on declared, indexed
 * fields, sorted by the nearest deadline.
 */
import type { Caller, Scope } from '../../types/identity'
import type { InboxOutput } from '../../types/report'
import { forbidden } from '../_platform/kit/errors'
import type { Platform } from '../_platform/ports'
import type { Where } from '../_platform/store/port'
import { ordersOf } from './orders'
import { toSummary } from './views'

export type InboxFilter = 'todo' | 'pool' | 'overdue' | 'resolved' | 'all'

/** Frontline staff work their own queue; supervisors, admins and departments see their whole scope. */
export function scopeWhere(caller: Caller, scope: Scope): { mine: Where; base: Where; pool: Where | null } {
  const me = { handlerStaffId: caller.userId }
  switch (scope.role) {
    case 'grid_worker':
    case 'property_staff':
      return { mine: me, base: me, pool: { handlerOrgId: scope.orgId, handlerStaffId: '' } }
    case 'property_manager':
      return { mine: me, base: { handlerOrgId: scope.orgId }, pool: { handlerOrgId: scope.orgId, handlerStaffId: '' } }
    case 'grid_leader':
      return { mine: me, base: { communityId: scope.orgId, handlerKind: 'grid' }, pool: null }
    case 'community_admin':
      return { mine: me, base: { communityId: scope.orgId }, pool: null }
    case 'street_admin':
      return { mine: me, base: { streetId: scope.orgId }, pool: null }
    case 'department_officer':
      return { mine: me, base: { whistleDeptId: scope.orgId }, pool: null }
    default:
      throw forbidden()
  }
}

export function primaryScope(caller: Caller): Scope {
  const scope = caller.scopes.find((s) => s.role !== 'resident' && s.role !== 'system')
  if (!scope) throw forbidden('您没有工作人员身份')
  return scope
}

export function filterWhere(filter: InboxFilter, q: ReturnType<typeof scopeWhere>, now: string): Where | null {
  switch (filter) {
    case 'todo':
      return { ...q.base, statusGroup: 'open' }
    case 'pool':
      return q.pool && { ...q.pool, statusGroup: 'open', status: 'assigned' }
    case 'overdue':
      return { ...q.base, statusGroup: 'open', nextDeadline: { lt: now } }
    case 'resolved':
      return { ...q.base, statusGroup: 'fixed' }
    case 'all':
      return q.base
  }
}

export async function inbox(
  platform: Platform,
  caller: Caller,
  input: { filter: InboxFilter; categoryCode?: string; cursor?: string | null; limit: number },
): Promise<InboxOutput> {
  const orders = ordersOf(platform.store)
  const now = platform.clock.now()
  const nowIso = now.toISOString()
  const scope = primaryScope(caller)
  const q = scopeWhere(caller, scope)
  const where = filterWhere(input.filter, q, nowIso)
  const withCategory = (w: Where | null) => w && (input.categoryCode ? { ...w, categoryCode: input.categoryCode } : w)
  const [page, counts] = await Promise.all([
    where
      ? orders.find({
          where: withCategory(where)!,
          orderBy:
            input.filter === 'all' || input.filter === 'resolved' ? [['updatedAt', 'desc']] : [['nextDeadline', 'asc']],
          limit: input.limit,
          cursor: input.cursor ?? null,
        })
      : Promise.resolve({ items: [], nextCursor: null }),
    // the three tab badges in one round trip
    orders.countEach({
      todo: filterWhere('todo', q, nowIso),
      pool: filterWhere('pool', q, nowIso),
      overdue: filterWhere('overdue', q, nowIso),
    }),
  ])
  const frontline = scope.role === 'grid_worker' || scope.role === 'property_staff'
  return {
    items: page.items.map((o) => toSummary(o, now, { viewerId: caller.userId, staff: true })),
    nextCursor: page.nextCursor,
    counts,
    // the caller's record mirrors the membership's 在岗 (see Scope.onDuty): no membership read
    onDuty: frontline ? (scope.onDuty ?? true) : null,
  }
}
