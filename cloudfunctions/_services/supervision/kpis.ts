/**
 * `supervision.kpis`: the KPIs of a scope over a period, per org one level below, and per month.
 * Two store round trips whatever the size: one multi-count over the work orders (order-level facts
 * and open clocks) and one over `kpi_facts` (ended clocks), with every figure a count of its own.
 */

import type { Caller } from '../../../types/identity'
import type { KpiCounts, KpisInput, KpisOutput } from '../../../types/supervision'
import {
  addCounts,
  COUNT_KEYS,
  type CountScope,
  clockWheres,
  emptyCounts,
  monthsOf,
  orderWheres,
  periodRange,
  ratesOf,
} from '../../_core/kpis'
import type { Platform } from '../../_platform/ports'
import type { Where } from '../../_platform/store/port'
import { KPI_FACTS } from './kpi-write'
import { childScopes, type ResolvedScope, scopeFor } from './scope'

interface Group {
  key: string
  scope: CountScope
  from: string
  to: string
}

/** Counts for several (scope, period) groups in two round trips. */
export async function countGroups(platform: Platform, groups: Group[]): Promise<Map<string, KpiCounts>> {
  const now = platform.clock.now().toISOString()
  const orderW: Record<string, Where | null> = {}
  const clockW: Record<string, Where | null> = {}
  for (const g of groups) {
    const range = periodRange(g.from, g.to)
    const o = orderWheres(g.scope, range, now)
    const c = clockWheres(g.scope, range, now)
    for (const k of COUNT_KEYS) {
      orderW[`${g.key}.${k}`] = o[k] as Where
      clockW[`${g.key}.${k}`] = c[k] as Where | null
    }
  }
  const [onOrders, onClocks] = await Promise.all([
    platform.store.collection('workorders').countEach(orderW),
    platform.store.collection(KPI_FACTS).countEach(clockW),
  ])
  const out = new Map<string, KpiCounts>()
  for (const g of groups) {
    const pick = (counts: Record<string, number>) =>
      Object.fromEntries(COUNT_KEYS.map((k) => [k, counts[`${g.key}.${k}`] ?? 0])) as Partial<KpiCounts>
    out.set(g.key, addCounts(addCounts(emptyCounts(), pick(onOrders)), pick(onClocks)))
  }
  return out
}

export async function kpisFor(platform: Platform, scope: ResolvedScope, from: string, to: string): Promise<KpisOutput> {
  const children = await childScopes(platform.store, scope)
  const months = monthsOf(from, to)
  const groups: Group[] = [
    { key: 'all', scope, from, to },
    ...children.map((c, i) => ({ key: `org${i}`, scope: c, from, to })),
    ...months.map((m, i) => ({ key: `month${i}`, scope, from: m.from, to: m.to })),
  ]
  const counts = await countGroups(platform, groups)
  const of = (key: string) => counts.get(key) ?? emptyCounts()
  return {
    scope: { kind: scope.kind, id: scope.id, name: scope.name },
    from,
    to,
    kpis: ratesOf(of('all')),
    counts: of('all'),
    byOrg: children.map((c, i) => ({
      orgId: c.id,
      orgName: c.name,
      kind: c.kind,
      kpis: ratesOf(of(`org${i}`)),
      counts: of(`org${i}`),
    })),
    trend: months.map((m, i) => ({ month: m.month, kpis: ratesOf(of(`month${i}`)), counts: of(`month${i}`) })),
  }
}

export async function supervisionKpis(platform: Platform, caller: Caller, input: KpisInput): Promise<KpisOutput> {
  const scope = await scopeFor(platform.store, caller, input.scope)
  return kpisFor(platform, scope, input.from, input.to)
}
