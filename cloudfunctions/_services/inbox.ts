/**
 * The staff inbox: which orders a caller's scope covers, as store queries on declared, indexed
 * fields, sorted by the nearest deadline.
 */
import type { Caller, Scope } from '../../types/identity'
import type { InboxOutput } from '../../types/report'
import { handledCategoryCodes } from '../_core/workflow'
import { forbidden } from '../_platform/kit/errors'
import type { Platform } from '../_platform/ports'
import type { Where } from '../_platform/store/port'
import { activeCategories } from './catalog'
import { activeRules } from './dispatch'
import { ordersOf } from './orders'
import { toSummary } from './views'

export type InboxFilter = 'todo' | 'pool' | 'overdue' | 'resolved' | 'all' | 'open' | 'reported'

export interface ScopeWhere {
  mine: Where
  base: Where
  pool: Where | null
  /** what the viewer must act on (待办): their own open orders; for admins, returned orders to re-dispatch */
  todo: Where
}

/** Frontline staff work their own queue; supervisors, admins and departments see their whole scope. */
export function scopeWhere(caller: Caller, scope: Scope): ScopeWhere {
  const me = { handlerStaffId: caller.userId }
  const mineOpen = { ...me, statusGroup: 'open' }
  switch (scope.role) {
    case 'grid_worker':
    case 'property_staff':
      return { mine: me, base: me, pool: { handlerOrgId: scope.orgId, handlerStaffId: '' }, todo: mineOpen }
    case 'property_manager':
      return {
        mine: me,
        base: { handlerOrgId: scope.orgId },
        pool: { handlerOrgId: scope.orgId, handlerStaffId: '' },
        todo: mineOpen,
      }
    case 'grid_leader':
      return { mine: me, base: { communityId: scope.orgId, handlerKind: 'grid' }, pool: null, todo: mineOpen }
    case 'community_admin':
      return {
        mine: me,
        base: { communityId: scope.orgId },
        pool: null,
        todo: { communityId: scope.orgId, status: 'returned' },
      }
    case 'street_admin':
      return {
        mine: me,
        base: { streetId: scope.orgId },
        pool: null,
        todo: { streetId: scope.orgId, status: 'returned' },
      }
    case 'department_officer': {
      // a department's work is the orders whistled in to it (报到, then help)
      const base = { whistleDeptId: scope.orgId }
      return { mine: me, base, pool: null, todo: { ...base, statusGroup: 'open' } }
    }
    default:
      throw forbidden()
  }
}

export function primaryScope(caller: Caller): Scope {
  const scope = caller.scopes.find((s) => s.role !== 'resident' && s.role !== 'system')
  if (!scope) throw forbidden('您没有工作人员身份')
  return scope
}

export function filterWhere(filter: InboxFilter, q: ScopeWhere, now: string, reporterId?: string): Where | null {
  switch (filter) {
    case 'todo':
      return q.todo
    case 'open':
      return { ...q.base, statusGroup: 'open' }
    case 'reported':
      return reporterId ? { reporterId, source: 'patrol' } : null
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
  const patrols = scope.role === 'grid_worker' || scope.role === 'grid_leader'
  const where = filterWhere(input.filter, q, nowIso, patrols ? caller.userId : undefined)
  const withCategory = (w: Where | null) => w && (input.categoryCode ? { ...w, categoryCode: input.categoryCode } : w)
  const [page, counts, categoryCodes] = await Promise.all([
    where
      ? orders.find({
          where: withCategory(where)!,
          orderBy:
            input.filter === 'reported'
              ? [['createdAt', 'desc']]
              : input.filter === 'all' || input.filter === 'resolved'
                ? [['updatedAt', 'desc']]
                : [['nextDeadline', 'asc']],
          limit: input.limit,
          cursor: input.cursor ?? null,
        })
      : Promise.resolve({ items: [], nextCursor: null }),
    // every tab's badge in one round trip, but 全部's: that is the scope's whole history, and counting
    // it on every call read every order the staff member ever had (22 ms at 10,000 orders)
    orders.countEach({
      todo: filterWhere('todo', q, nowIso),
      pool: filterWhere('pool', q, nowIso),
      overdue: filterWhere('overdue', q, nowIso),
      open: filterWhere('open', q, nowIso),
      resolved: filterWhere('resolved', q, nowIso),
      reported: filterWhere('reported', q, nowIso, patrols ? caller.userId : undefined),
    }),
    // reference data from the per-instance cache: no round trip when warm
    scope.role === 'property_staff' || scope.role === 'property_manager' || scope.role === 'department_officer'
      ? Promise.all([activeCategories(platform.store), activeRules(platform.store)]).then(([c, r]) =>
          handledCategoryCodes(scope, c, r),
        )
      : Promise.resolve(null),
  ])
  const frontline = scope.role === 'grid_worker' || scope.role === 'property_staff'
  return {
    items: page.items.map((o) => toSummary(o, now, { viewerId: caller.userId, staff: true })),
    nextCursor: page.nextCursor,
    counts,
    categoryCodes,
    // the caller's record mirrors the membership's 在岗 (see Scope.onDuty): no membership read
    onDuty: frontline ? (scope.onDuty ?? true) : null,
  }
}
