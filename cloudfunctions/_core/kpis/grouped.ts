/**
 * The KPI counts of a scope, of every org and place below it and of each of its months, from one
 * grouped count per family (grouped by community, grid, the family's org field and the month its
 * time falls in), instead of one filtered count per (scope, month, figure): the store reads each
 * document once per family whatever the number of orgs and months.
 */
import type { KpiCounts, ScopeKind } from '../../../types/supervision'
import {
  addCounts,
  COUNT_FAMILIES,
  type CountKey,
  type CountScope,
  type CountWhere,
  emptyCounts,
  familyWheres,
  periodRange,
} from './counts'

/** A grouped count to ask the store for (`countEachBy`). */
export interface GroupedQuery {
  collection: 'workorders' | 'kpi_facts'
  by: [string, string, string, { field: string; edges: string[] }]
  wheres: Partial<Record<CountKey, CountWhere>>
}

/** What a grouped count answers for one group: its key in the order of `by`. */
export interface GroupedAnswer {
  key: ReadonlyArray<string | number | boolean | null>
  counts: Partial<Record<CountKey, number>>
}

/** One group: where it happened, who it was charged to, which month (index into the months). */
export interface KpiGroup {
  communityId: string | null
  gridId: string | null
  orgId: string | null
  month: number | null
  counts: Partial<KpiCounts>
}

/**
 * The queries for a scope over [from, to] split at `monthStarts` (each month's first day after the
 * first month, YYYY-MM-DD): one per family on the work orders, one per clock family on `kpi_facts`.
 */
export function groupedQueries(
  scope: CountScope,
  from: string,
  to: string,
  monthStarts: readonly string[],
  now: string,
): GroupedQuery[] {
  const period = periodRange(from, to)
  const edges = monthStarts.map((d) => periodRange(d, d).gte)
  return COUNT_FAMILIES.flatMap((f) => {
    const q = (collection: GroupedQuery['collection']): GroupedQuery => ({
      collection,
      by: ['communityId', 'gridId', f.orgField, { field: f.timeField, edges }],
      wheres: familyWheres(f, scope, period, now),
    })
    return f.clocks ? [q('workorders'), q('kpi_facts')] : [q('workorders')]
  })
}

const text = (v: unknown) => (typeof v === 'string' ? v : null)

/** The answers of all the queries as groups. */
export function groupsOf(answers: readonly GroupedAnswer[][]): KpiGroup[] {
  return answers.flat().map((a) => ({
    communityId: text(a.key[0]),
    gridId: text(a.key[1]),
    orgId: text(a.key[2]),
    month: typeof a.key[3] === 'number' ? a.key[3] : null,
    counts: a.counts as Partial<KpiCounts>,
  }))
}

/** Which groups belong to a scope inside the queried one: a place by where, an org by whom it charged. */
export function inScope(s: { kind: ScopeKind; id: string }): (g: KpiGroup) => boolean {
  switch (s.kind) {
    case 'street':
      return () => true
    case 'community':
      return (g) => g.communityId === s.id
    case 'grid':
      return (g) => g.gridId === s.id
    default:
      return (g) => g.orgId === s.id
  }
}

/** The summed counts of the groups that pass. */
export function countsOf(groups: readonly KpiGroup[], pass: (g: KpiGroup) => boolean): KpiCounts {
  return groups.filter(pass).reduce((sum, g) => addCounts(sum, g.counts), emptyCounts())
}

/** Month i of the period (0 is the first). */
export const inMonth =
  (i: number) =>
  (g: KpiGroup): boolean =>
    g.month === i
