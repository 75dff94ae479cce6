/**
 * `supervision.kpis`: the KPIs of a scope over a period, per org one level below, and per month.
 * One grouped count per batch of families (_core/kpis/grouped.ts), all asked at once: each document
 * is read once per batch whatever the number of orgs and months, and every figure is a count of its own.
 */

import type { Caller } from '../../../types/identity'
import type { KpisInput, KpisOutput } from '../../../types/supervision'
import {
  countsOf,
  groupedQueries,
  groupsOf,
  inMonth,
  inScope,
  type KpiGroup,
  monthsOf,
  ratesOf,
} from '../../_core/kpis'
import type { Platform } from '../../_platform/ports'
import type { Where } from '../../_platform/store/port'
import { childScopes, type ResolvedScope, scopeFor } from './scope'

/** Every KPI group of a scope over [from, to]: by community, grid, org charged and month. */
export async function kpiGroups(
  platform: Platform,
  scope: ResolvedScope,
  from: string,
  to: string,
): Promise<KpiGroup[]> {
  const monthStarts = monthsOf(from, to)
    .slice(1)
    .map((m) => m.from)
  const queries = groupedQueries(scope, from, to, monthStarts, platform.clock.now().toISOString())
  const answers = await Promise.all(
    queries.map((q) => platform.store.collection(q.collection).countEachBy(q.by, q.wheres as Record<string, Where>)),
  )
  return groupsOf(queries, answers)
}

export async function kpisFor(platform: Platform, scope: ResolvedScope, from: string, to: string): Promise<KpisOutput> {
  const [children, groups] = await Promise.all([
    childScopes(platform.store, scope),
    kpiGroups(platform, scope, from, to),
  ])
  const all = countsOf(groups, () => true)
  return {
    scope: { kind: scope.kind, id: scope.id, name: scope.name },
    from,
    to,
    kpis: ratesOf(all),
    counts: all,
    byOrg: children.map((c) => {
      const counts = countsOf(groups, inScope(c))
      return { orgId: c.id, orgName: c.name, kind: c.kind, kpis: ratesOf(counts), counts }
    }),
    trend: monthsOf(from, to).map((m, i) => {
      const counts = countsOf(groups, inMonth(i))
      return { month: m.month, kpis: ratesOf(counts), counts }
    }),
  }
}

export async function supervisionKpis(platform: Platform, caller: Caller, input: KpisInput): Promise<KpisOutput> {
  const scope = await scopeFor(platform.store, caller, input.scope)
  return kpisFor(platform, scope, input.from, input.to)
}
