/** `supervision.problems`: 问题工单 of a scope, reopened or transferred 3 times or more, newest first. */
import type { Caller } from '../../../types/identity'
import {
  PROBLEM_THRESHOLD,
  type ProblemOrder,
  type ProblemsInput,
  type ProblemsOutput,
} from '../../../types/supervision'
import type { Platform } from '../../_platform/ports'
import type { Where } from '../../_platform/store/port'
import { type OrderDoc, ordersOf } from '../orders'
import { type ResolvedScope, scopeFor } from './scope'

const LIMIT = 200

export function scopeWhere(s: ResolvedScope): Where {
  switch (s.kind) {
    case 'street':
      return { streetId: s.id }
    case 'community':
      return { streetId: s.streetId, communityId: s.id }
    case 'grid':
      return { streetId: s.streetId, gridId: s.id }
    default:
      return { streetId: s.streetId, handlerOrgId: s.id }
  }
}

export function problemOf(o: OrderDoc): ProblemOrder {
  const transferCount = o.kTransfers ?? o.kpi?.transfers ?? 0
  const reasons = [
    ...(o.reopenCount >= PROBLEM_THRESHOLD ? [`重办${o.reopenCount}次`] : []),
    ...(transferCount >= PROBLEM_THRESHOLD ? [`转派${transferCount}次`] : []),
  ]
  return {
    orderId: o._id,
    number: o.number,
    categoryName: o.categoryName,
    addressLabel: o.addressLabel,
    status: o.status,
    handlerOrgName: o.handlerOrgName,
    reopenCount: o.reopenCount,
    transferCount,
    reasons,
    createdAt: o.createdAt,
  }
}

export async function supervisionProblems(
  platform: Platform,
  caller: Caller,
  input: ProblemsInput,
): Promise<ProblemsOutput> {
  const scope = await scopeFor(platform.store, caller, input.scope)
  const page = await ordersOf(platform.store).find({
    where: { ...scopeWhere(scope), kProblem: true },
    orderBy: [['createdAt', 'desc']],
    limit: LIMIT,
  })
  return { items: page.items.map(problemOf) }
}
