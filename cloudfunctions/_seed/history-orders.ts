/**
 * A generated history of work orders (deterministic: a seeded RNG): filed across a street's estates
 * and categories, routed by each category's handler kind, then lived through the real change
 * builders: returns (some within the 2-hour grace), transfers, on-time and late 签收 and 办结,
 * ratings, reopens, confirmations and auto-closes. Each handling org has its own quality, improving
 * over time, so the figures differ by org and show trends. Steps after `now` do not happen: those
 * orders stay open. Used by the demo seed, the KPI brute-force test and the supervision benchmark.
 */
import type { Category, HandlerKind } from '../../types/catalog'
import type { Caller } from '../../types/identity'
import { computeDeadlines } from '../_core/deadlines'
import { isRepeat, repeatKeyOf, withClosure } from '../_core/kpis'
import { formatOrderNumber } from '../_core/numbering'
import { newOrderDoc } from '../_services/order-doc'
import type { OrderDoc } from '../_services/orders'
import type { KpiFactDoc } from '../_services/supervision/kpi-write'
import { type EventRow, type HistorySettings, type Life, startLife } from './history-life'
import { type Org, rngOf, type Sim, simulate } from './history-steps'

export interface HistoryWorld {
  streetId: string
  settings: HistorySettings
  estates: Array<{
    id: string
    gridId: string
    communityId: string
    propertyCompanyId: string | null
    buildings: Array<{ id: string; label: string }>
  }>
  /** every org an order can be handled by, by id (grids, communities, companies, departments) */
  orgs: Map<string, Org>
  categories: Category[]
  /** who files: residents (their own building when they have one) */
  reporters: Array<{ id: string; name: string; phone: string | null; buildingId?: string }>
}

export interface HistoryOptions {
  seed: number
  count: number
  /** orders are filed in [from, to) */
  from: Date
  to: Date
  /** nothing happens after it */
  now: Date
  /** id prefix, e.g. 'wo_h' → wo_h000001 */
  idPrefix?: string
  /** keep the timeline events (default true; a benchmark leaves them out: KPIs and exports never read them) */
  events?: boolean
}

export interface History {
  orders: OrderDoc[]
  events: EventRow[]
  facts: KpiFactDoc[]
}

const HOUR = 3_600_000
const REPEAT_SHARE = 0.06

function routeOf(world: HistoryWorld, cat: Category, estate: HistoryWorld['estates'][number]): string {
  switch (cat.defaultHandler) {
    case 'property':
      return estate.propertyCompanyId ?? estate.communityId
    case 'grid':
      return estate.gridId
    case 'department':
      return cat.departmentId && world.orgs.has(cat.departmentId) ? cat.departmentId : estate.communityId
    default:
      return estate.communityId
  }
}

/** Filing times: mostly office hours on weekdays, China time. */
function filedAt(rand: () => number, from: number, to: number): Date {
  for (;;) {
    const t = from + rand() * (to - from)
    const local = new Date(t + 8 * HOUR)
    const hour = local.getUTCHours()
    const weekend = local.getUTCDay() === 0 || local.getUTCDay() === 6
    const keep = (hour >= 8 && hour < 20 ? 1 : 0.15) * (weekend ? 0.5 : 1)
    if (rand() < keep) return new Date(t)
  }
}

export function generateHistory(world: HistoryWorld, o: HistoryOptions): History {
  const rand = rngOf(o.seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]
  const buildings = world.estates.flatMap((e) => e.buildings.map((b) => ({ ...b, estate: e })))
  const byId = new Map(buildings.map((b) => [b.id, b]))
  const categories = world.categories.filter((c) => c.active !== false)
  const times = Array.from({ length: o.count }, () => filedAt(rand, o.from.getTime(), o.to.getTime())).sort(
    (a, b) => a.getTime() - b.getTime(),
  )
  // first the plan (who files what, where, when), then the lives, then 重复诉求 in time order
  type Plan = { at: Date; reporter: HistoryWorld['reporters'][number]; building: string; cat: Category }
  const plans: Plan[] = []
  for (const at of times) {
    const earlier =
      plans.length > 0 && rand() < REPEAT_SHARE ? plans[Math.max(0, plans.length - 1 - Math.floor(rand() * 40))] : null
    if (earlier) {
      plans.push({ ...earlier, at })
      continue
    }
    const reporter = pick(world.reporters)
    const building = reporter.buildingId && byId.has(reporter.buildingId) ? reporter.buildingId : pick(buildings).id
    plans.push({ at, reporter, building, cat: pick(categories) })
  }
  const lives: Array<{ life: Life; plan: Plan }> = []
  for (const [i, plan] of plans.entries()) {
    const b = byId.get(plan.building) ?? pick(buildings)
    const orgId = routeOf(world, plan.cat, b.estate)
    const org = world.orgs.get(orgId) as Org
    const id = `${o.idPrefix ?? 'wo_h'}${String(i + 1).padStart(6, '0')}`
    const doc = newOrderDoc({
      id,
      number: formatOrderNumber(world.settings.orderPrefix, plan.at, 9000 + (i % 1000)),
      requestId: `history-${id}`,
      source: 'resident',
      channel: plan.cat.defaultHandler === 'grid' ? 'grid' : 'property',
      reporter: { id: plan.reporter.id, name: plan.reporter.name, phone: plan.reporter.phone },
      category: plan.cat,
      place: {
        streetId: world.streetId,
        communityId: b.estate.communityId,
        gridId: b.estate.gridId,
        estateId: b.estate.id,
        buildingId: b.id,
        label: b.label,
      },
      description: `${plan.cat.name}（历史数据）`,
      photos: [],
      urgent: plan.cat.urgent,
      handler: { kind: org.kind as HandlerKind, orgId, orgName: org.name, staffId: null, staffName: null },
      routeReason: `已派给 ${org.name}`,
      routeRuleId: `r-cat-${plan.cat.code}`,
      deadlines: computeDeadlines(plan.at, plan.cat, world.settings.officeHours, world.settings.calendar),
      held: false,
      now: plan.at,
    })
    const reporter: Caller = {
      userId: plan.reporter.id,
      name: plan.reporter.name,
      kind: 'resident',
      roles: [],
      scopes: [],
    }
    lives.push({ life: startLife(doc, reporter, o.events !== false), plan })
  }
  const sim: Sim = { rand, world, now: o.now, from: o.from.getTime(), to: o.to.getTime() }
  for (const { life, plan } of lives) simulate(sim, life, plan.cat, plan.reporter)
  markRepeats(lives.map((l) => l.life))
  return {
    orders: lives.map((l) => l.life.order),
    events: lives.flatMap((l) => l.life.events),
    facts: lives.flatMap((l) => l.life.facts),
  }
}

/** 重复诉求, decided as the submit decides it: from the reporter's closures known when they filed. */
function markRepeats(lives: Life[]): void {
  type Moment = { at: string; kind: 0 | 1; life: Life }
  const moments: Moment[] = lives.flatMap((life) => [
    { at: life.order.createdAt, kind: 1 as const, life },
    ...life.closures.map((at) => ({ at, kind: 0 as const, life })),
  ])
  moments.sort((a, b) => (a.at === b.at ? a.kind - b.kind : a.at < b.at ? -1 : 1))
  const closures = new Map<string, Record<string, string>>()
  for (const m of moments) {
    const o = m.life.order
    const key = repeatKeyOf(o)
    if (m.kind === 0) closures.set(o.reporterId, withClosure(closures.get(o.reporterId), key, m.at))
    else if (isRepeat(closures.get(o.reporterId), key, m.at)) {
      m.life.order = { ...m.life.order, kRepeat: true, kpi: m.life.order.kpi && { ...m.life.order.kpi, repeat: true } }
    }
  }
}
