/**
 * The KPI counts of a scope, of every org and place below it and of each of its months, from a few
 * grouped counts instead of one filtered count per (scope, month, figure). Each grouped count serves
 * one batch of families (counts.ts) on one collection: it groups by community, grid, each family's
 * org field and the month each family's time falls in, so the store reads each document once per
 * batch whatever the number of orgs and months, and every family's groups come out of its answer.
 */
import type { KpiCounts, ScopeKind } from '../../../types/supervision'
import {
  addCounts,
  COUNT_FAMILIES,
  type CountFamily,
  type CountKey,
  type CountScope,
  type CountWhere,
  emptyCounts,
  familyWheres,
  periodRange,
} from './counts'

export type GroupedPart = string | { field: string; edges: string[] }

/** Where a family's org and month stand in a grouped count's key, and which counts are its own. */
export interface FamilyParts {
  org: number
  month: number
  keys: CountKey[]
}

/** A grouped count to ask the store for (`countEachBy`), and how to read its answer. */
export interface GroupedQuery {
  collection: 'workorders' | 'kpi_facts'
  by: GroupedPart[]
  wheres: Partial<Record<CountKey, CountWhere>>
  families: FamilyParts[]
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

function batchQuery(
  collection: GroupedQuery['collection'],
  families: readonly CountFamily[],
  wheresOf: (f: CountFamily) => Partial<Record<CountKey, CountWhere>>,
  edges: string[],
): GroupedQuery {
  const orgFields = [...new Set(families.map((f) => f.orgField))]
  return {
    collection,
    by: ['communityId', 'gridId', ...orgFields, ...families.map((f): GroupedPart => ({ field: f.timeField, edges }))],
    wheres: Object.assign({}, ...families.map(wheresOf)),
    families: families.map((f, i) => ({
      org: 2 + orgFields.indexOf(f.orgField),
      month: 2 + orgFields.length + i,
      keys: Object.keys(f.keys) as CountKey[],
    })),
  }
}

/**
 * The queries for a scope over [from, to] split at `monthStarts` (each month's first day after the
 * first month, YYYY-MM-DD): one per batch of families on the work orders, one per batch with clock
 * families on `kpi_facts` (only those families).
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
  const wheresOf = (f: CountFamily) => familyWheres(f, scope, period, now)
  const batches = [...new Set(COUNT_FAMILIES.map((f) => f.batch))].map((b) =>
    COUNT_FAMILIES.filter((f) => f.batch === b),
  )
  return batches.flatMap((families) => {
    const clocks = families.filter((f) => f.clocks)
    return [
      batchQuery('workorders', families, wheresOf, edges),
      ...(clocks.length > 0 ? [batchQuery('kpi_facts', clocks, wheresOf, edges)] : []),
    ]
  })
}

const text = (v: unknown) => (typeof v === 'string' ? v : null)

/** The answers of the queries (in their order) as groups: each family's share of each answer. */
export function groupsOf(queries: readonly GroupedQuery[], answers: readonly GroupedAnswer[][]): KpiGroup[] {
  return queries.flatMap((q, i) =>
    answers[i].flatMap((a) =>
      q.families
        .filter((f) => f.keys.some((k) => (a.counts[k] ?? 0) > 0))
        .map((f) => ({
          communityId: text(a.key[0]),
          gridId: text(a.key[1]),
          orgId: text(a.key[f.org]),
          month: typeof a.key[f.month] === 'number' ? (a.key[f.month] as number) : null,
          counts: Object.fromEntries(f.keys.map((k) => [k, a.counts[k] ?? 0])) as Partial<KpiCounts>,
        })),
    ),
  )
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
