/**
 * The order side of the board (ratings and 工单效能) for every company of a street in one quarter:
 * the supervision KPI counts (_core/kpis, charged to whoever held each order), limited to the nine
 * the board uses. One multi-count per date field the counts range over, sent together, plus one over
 * the ended clocks: each query's index range is then one field's quarter, read once for all companies.
 */
import type { KpiCounts } from '../../../types/supervision'
import { addCounts, clockWheres, emptyCounts, orderWheres, periodRange } from '../../_core/kpis'
import type { Platform } from '../../_platform/ports'
import type { Where } from '../../_platform/store/port'
import { KPI_FACTS } from '../supervision/kpi-write'

const BOARD_KEYS = [
  'orders',
  'acknowledgeDue',
  'acknowledgedOnTime',
  'resolveDue',
  'resolvedOnTime',
  'closed',
  'reopened',
  'ratings',
  'satisfied',
] as const satisfies ReadonlyArray<keyof KpiCounts>

/** The date field a count ranges over (every KPI where has exactly one). */
const rangeField = (where: Record<string, unknown>) => Object.keys(where).find((f) => f.endsWith('At')) ?? '-'

export async function orderCountsByCompany(
  platform: Platform,
  streetId: string,
  companyIds: readonly string[],
  days: { from: string; to: string },
): Promise<Map<string, KpiCounts>> {
  const range = periodRange(days.from, days.to)
  const now = platform.clock.now().toISOString()
  const byField = new Map<string, Record<string, Where>>()
  const clocks: Record<string, Where> = {}
  for (const id of companyIds) {
    const scope = { kind: 'company' as const, id, streetId }
    const orders = orderWheres(scope, range, now)
    const ended = clockWheres(scope, range, now)
    for (const k of BOARD_KEYS) {
      const field = rangeField(orders[k])
      const group = byField.get(field) ?? {}
      group[`${id}|${k}`] = orders[k] as Where
      byField.set(field, group)
      if (ended[k]) clocks[`${id}|${k}`] = ended[k] as Where
    }
  }
  const counted = await Promise.all([
    ...[...byField.values()].map((w) => platform.store.collection('workorders').countEach(w)),
    platform.store.collection(KPI_FACTS).countEach(clocks),
  ])
  const out = new Map<string, KpiCounts>()
  for (const id of companyIds) {
    let counts = emptyCounts()
    for (const part of counted) {
      const mine = Object.fromEntries(BOARD_KEYS.map((k) => [k, part[`${id}|${k}`] ?? 0]))
      counts = addCounts(counts, mine)
    }
    out.set(id, counts)
  }
  return out
}
