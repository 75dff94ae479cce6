/**
 * Each KPI as store counts: what to count on the work orders (order-level facts and open clocks) and
 * on `kpi_facts` (ended clocks), for a scope and a period; and the rates from the counts.
 * A place scope (street, community, grid) counts what happened in its area whoever held it; an org
 * scope (company, department) counts what was charged to that org.
 */
import type { KpiCounts, Kpis, ScopeKind } from '../../../types/supervision'

type Range = { gte: string; lt: string }
export type CountWhere = Record<string, string | boolean | Range | { in: string[] }>

export interface CountScope {
  kind: ScopeKind
  id: string
  /** every count stays inside one street (what the indexes lead with) */
  streetId: string
}

/** The instants a period covers: [from 00:00, day after `to` 00:00) China time. */
export function periodRange(from: string, to: string): Range {
  const start = new Date(`${from}T00:00:00+08:00`)
  const end = new Date(`${to}T00:00:00+08:00`)
  end.setUTCDate(end.getUTCDate() + 1)
  return { gte: start.toISOString(), lt: end.toISOString() }
}

/** A deadline counts once it has come: the period's end, capped at now. */
const dueRange = (p: Range, now: string): Range => ({ gte: p.gte, lt: p.lt < now ? p.lt : now })

const PLACE_FIELD: Partial<Record<ScopeKind, string>> = { street: 'streetId', community: 'communityId', grid: 'gridId' }

function scoped(scope: CountScope, orgField: string): CountWhere {
  const place = PLACE_FIELD[scope.kind]
  return { streetId: scope.streetId, ...(place ? { [place]: scope.id } : { [orgField]: scope.id }) }
}

export type CountKey = keyof KpiCounts
export const COUNT_KEYS: readonly CountKey[] = [
  'orders',
  'repeats',
  'acknowledgeDue',
  'acknowledgedOnTime',
  'resolveDue',
  'resolvedOnTime',
  'closed',
  'rated',
  'reopened',
  'ratings',
  'satisfied',
  'resolvedAnswered',
  'resolvedYes',
  'dispatched',
  'returned',
]

/**
 * The counts as families: each counts the documents whose `timeField` falls in the period (a
 * deadline once it has come: `due`), charged to `orgField` for an org scope; `keys` adds a flag to
 * that. The clock families are counted on the ended clocks (`kpi_facts`) as well as the open ones.
 */
export interface CountFamily {
  /**
   * families of one batch are counted by one grouped count (their rows are mostly the same orders,
   * read once): the clock families share the holder, the closure families the closing org
   */
  batch: 'filed' | 'clock' | 'closure'
  orgField: string
  timeField: string
  due: boolean
  clocks: boolean
  keys: Partial<Record<CountKey, Record<string, true>>>
}

export const COUNT_FAMILIES: readonly CountFamily[] = [
  {
    batch: 'filed',
    orgField: 'kCreatedOrg',
    timeField: 'createdAt',
    due: false,
    clocks: false,
    keys: { orders: {}, repeats: { kRepeat: true } },
  },
  {
    batch: 'clock',
    orgField: 'kOrg',
    timeField: 'kAckAt',
    due: true,
    clocks: true,
    keys: { acknowledgeDue: {}, acknowledgedOnTime: { kAckOk: true } },
  },
  {
    batch: 'clock',
    orgField: 'kOrg',
    timeField: 'kResolveAt',
    due: true,
    clocks: true,
    keys: { resolveDue: {}, resolvedOnTime: { kResolveOk: true } },
  },
  {
    batch: 'closure',
    orgField: 'kCloseOrg',
    timeField: 'kCloseAt',
    due: false,
    clocks: false,
    keys: { closed: {}, rated: { kRated: true }, reopened: { kReopened: true } },
  },
  {
    batch: 'closure',
    orgField: 'kRateOrg',
    timeField: 'kRateAt',
    due: false,
    clocks: false,
    keys: {
      ratings: {},
      satisfied: { kSatisfied: true },
      resolvedAnswered: { kResolvedKnown: true },
      resolvedYes: { kResolvedYes: true },
    },
  },
  {
    batch: 'clock',
    orgField: 'kOrg',
    timeField: 'kDispatchAt',
    due: false,
    clocks: true,
    keys: { dispatched: {}, returned: { kReturned: true } },
  },
]

/** One family's count wheres for a scope and a period. */
export function familyWheres(
  f: CountFamily,
  scope: CountScope,
  p: Range,
  now: string,
): Partial<Record<CountKey, CountWhere>> {
  const base = { ...scoped(scope, f.orgField), [f.timeField]: f.due ? dueRange(p, now) : p }
  return Object.fromEntries(Object.entries(f.keys).map(([k, flag]) => [k, { ...base, ...flag }]))
}

/** Counts on the work orders: every KPI. */
export function orderWheres(scope: CountScope, p: Range, now: string): Record<CountKey, CountWhere> {
  return Object.assign({}, ...COUNT_FAMILIES.map((f) => familyWheres(f, scope, p, now)))
}

/** Counts on the ended clocks: only the clock KPIs (the rest count 0 there). */
export function clockWheres(scope: CountScope, p: Range, now: string): Record<CountKey, CountWhere | null> {
  const clocks: Partial<Record<CountKey, CountWhere>> = Object.assign(
    {},
    ...COUNT_FAMILIES.filter((f) => f.clocks).map((f) => familyWheres(f, scope, p, now)),
  )
  return Object.fromEntries(COUNT_KEYS.map((k) => [k, clocks[k] ?? null])) as Record<CountKey, CountWhere | null>
}

export const emptyCounts = (): KpiCounts => Object.fromEntries(COUNT_KEYS.map((k) => [k, 0])) as unknown as KpiCounts

export function addCounts(a: KpiCounts, b: Partial<KpiCounts>): KpiCounts {
  return Object.fromEntries(COUNT_KEYS.map((k) => [k, a[k] + (b[k] ?? 0)])) as unknown as KpiCounts
}

/** A ratio, or null when nothing was due (never 0 or 100% for an empty denominator). */
export const ratio = (num: number, den: number): number | null => (den > 0 ? num / den : null)

export function ratesOf(c: KpiCounts): Kpis {
  const kpis: Kpis = {
    onTimeAcknowledgeRate: ratio(c.acknowledgedOnTime, c.acknowledgeDue),
    onTimeResolveRate: ratio(c.resolvedOnTime, c.resolveDue),
    followUpRate: ratio(c.rated, c.closed),
    satisfactionRate: ratio(c.satisfied, c.ratings),
    resolutionRate: ratio(c.resolvedYes, c.resolvedAnswered),
    reopenRate: ratio(c.reopened, c.closed),
    repeatRate: ratio(c.repeats, c.orders),
    returnRate: ratio(c.returned, c.dispatched),
  }
  return kpis
}

/** The calendar months a period touches, each clipped to the period: [{ month, from, to }]. */
export function monthsOf(from: string, to: string): Array<{ month: string; from: string; to: string }> {
  const out: Array<{ month: string; from: string; to: string }> = []
  let y = Number(from.slice(0, 4))
  let m = Number(from.slice(5, 7))
  for (let i = 0; i < 24; i++) {
    const month = `${y}-${String(m).padStart(2, '0')}`
    if (`${month}-01` > to) break
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
    const mFrom = `${month}-01` < from ? from : `${month}-01`
    const mTo = `${month}-${String(last).padStart(2, '0')}` > to ? to : `${month}-${String(last).padStart(2, '0')}`
    out.push({ month: `${month}-01`, from: mFrom, to: mTo })
    m += 1
    if (m > 12) {
      m = 1
      y += 1
    }
  }
  return out
}
