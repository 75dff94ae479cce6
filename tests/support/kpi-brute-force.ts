/**
 * Every KPI count recomputed by brute force from the event log: the work-order events (Update rows)
 * of every order, replayed per order in time order, with each definition of issue 10 written out
 * plainly here, independently of the production fold (_core/kpis) and of the rows it writes.
 *
 * - Each 派单 / 转派 / 重办 starts a holding; the holder and its deadlines are what the event says.
 * - A deadline counts when it falls in the period (and has come): charged to the holding's org when
 *   that holding did the step, or still held the order when the deadline came.
 * - A holding that ended with a 退回 within 2 working hours of its start is charged no deadline.
 * - Closed means 办结 then 关闭 (resolved → closed), the latest closure not undone by a reopen.
 */

import type { WorkCalendar } from '../../cloudfunctions/_core/deadlines'
import { addWorkingHours } from '../../cloudfunctions/_core/deadlines'
import type { OfficeHours } from '../../types/catalog'
import type { KpiCounts, SupervisionScope } from '../../types/supervision'

export interface BfOrder {
  _id: string
  createdAt: string
  source: string
  streetId: string
  communityId: string
  gridId: string
  reporterId: string
  buildingId: string
  categoryCode: string
}

export interface BfEvent {
  _id: string
  orderId: string
  at: string
  action: string
  fromStatus: string | null
  toStatus: string
  holderOrgId?: string
  acknowledgeBy?: string
  resolveBy?: string
  rating?: { stars: number; satisfaction?: string; resolved?: string }
}

interface Holding {
  start: string
  startedBy: string
  org: string
  ackBy: string
  resolveBy: string
  ackAt: string | null
  resolvedAt: string | null
  end: string | null
  endedBy: string | null
}

export interface BfWorld {
  orders: BfOrder[]
  /** every order's events, each list in timeline order */
  events: Map<string, BfEvent[]>
  officeHours?: OfficeHours
  calendar?: WorkCalendar
}

const DAY = 86_400_000
const GRACE_HOURS = 2

export function byTimeline(events: BfEvent[]): Map<string, BfEvent[]> {
  const out = new Map<string, BfEvent[]>()
  for (const e of [...events].sort((a, b) => (a.at === b.at ? (a._id < b._id ? -1 : 1) : a.at < b.at ? -1 : 1))) {
    out.set(e.orderId, [...(out.get(e.orderId) ?? []), e])
  }
  return out
}

function holdingsOf(events: BfEvent[]): Holding[] {
  const out: Holding[] = []
  const open = () => {
    const h = out.at(-1)
    return h && h.end === null ? h : null
  }
  for (const e of events) {
    if (e.action === 'dispatch' || e.action === 'transfer' || e.action === 'reopen') {
      const h = open()
      if (h) Object.assign(h, { end: e.at, endedBy: e.action })
      out.push({
        start: e.at,
        startedBy: e.action,
        org: e.holderOrgId as string,
        ackBy: e.acknowledgeBy as string,
        resolveBy: e.resolveBy as string,
        ackAt: null,
        resolvedAt: null,
        end: null,
        endedBy: null,
      })
    } else if (e.action === 'acknowledge' || e.action === 'grab') {
      const h = open()
      if (h && h.ackAt === null) h.ackAt = e.at
    } else if (e.action === 'resolve') {
      const h = open()
      if (h) h.resolvedAt = e.at
    } else if (e.action === 'return' || e.action === 'cancel' || e.action === 'reject') {
      const h = open()
      if (h) Object.assign(h, { end: e.at, endedBy: e.action })
    }
  }
  return out
}

const emptyCounts = (): KpiCounts => ({
  orders: 0,
  repeats: 0,
  acknowledgeDue: 0,
  acknowledgedOnTime: 0,
  resolveDue: 0,
  resolvedOnTime: 0,
  closed: 0,
  rated: 0,
  reopened: 0,
  ratings: 0,
  satisfied: 0,
  resolvedAnswered: 0,
  resolvedYes: 0,
  dispatched: 0,
  returned: 0,
})

const isClosing = (e: BfEvent) => e.fromStatus === 'resolved' && e.toStatus === 'closed'

export function bruteForceCounts(
  world: BfWorld,
  scope: SupervisionScope,
  from: string,
  to: string,
  now: Date,
): KpiCounts {
  const start = new Date(`${from}T00:00:00+08:00`).toISOString()
  const end = new Date(new Date(`${to}T00:00:00+08:00`).getTime() + DAY).toISOString()
  const nowIso = now.toISOString()
  const inPeriod = (t: string | null | undefined) => !!t && t >= start && t < end
  const hasCome = (t: string) => inPeriod(t) && t < nowIso
  const place = scope.kind === 'street' || scope.kind === 'community' || scope.kind === 'grid'
  const c = emptyCounts()

  // every closure of every resident's order, by reporter, building and category
  const closures = new Map<string, Array<{ orderId: string; at: string }>>()
  const keyOf = (o: BfOrder) => `${o.reporterId}|${o.buildingId}|${o.categoryCode}`
  for (const o of world.orders) {
    if (o.source !== 'resident') continue
    for (const e of world.events.get(o._id) ?? []) {
      if (isClosing(e)) closures.set(keyOf(o), [...(closures.get(keyOf(o)) ?? []), { orderId: o._id, at: e.at }])
    }
  }

  for (const o of world.orders) {
    const placed =
      scope.kind === 'street'
        ? o.streetId === scope.id
        : scope.kind === 'community'
          ? o.communityId === scope.id
          : scope.kind === 'grid'
            ? o.gridId === scope.id
            : true
    if (!placed) continue
    const charged = (org: string | undefined) => place || org === scope.id
    const events = world.events.get(o._id) ?? []
    const holdings = holdingsOf(events)

    const firstOrg = events.find((e) => e.holderOrgId)?.holderOrgId
    if (inPeriod(o.createdAt) && charged(firstOrg)) {
      c.orders += 1
      const repeat =
        o.source === 'resident' &&
        (closures.get(keyOf(o)) ?? []).some((x) => {
          const gap = Date.parse(o.createdAt) - Date.parse(x.at)
          return x.orderId !== o._id && gap > 0 && gap <= 30 * DAY
        })
      if (repeat) c.repeats += 1
    }

    for (const h of holdings) {
      const grace = addWorkingHours(new Date(h.start), GRACE_HOURS, world.officeHours, world.calendar).toISOString()
      const quick = h.endedBy === 'return' && (h.end as string) <= grace
      if (!quick && charged(h.org)) {
        for (const [deadline, doneAt, due, ok] of [
          [h.ackBy, h.ackAt, 'acknowledgeDue', 'acknowledgedOnTime'],
          [h.resolveBy, h.resolvedAt, 'resolveDue', 'resolvedOnTime'],
        ] as const) {
          const heldThen = doneAt !== null || h.end === null || h.end >= deadline
          if (heldThen && hasCome(deadline)) {
            c[due] += 1
            if (doneAt !== null && doneAt <= deadline) c[ok] += 1
          }
        }
      }
      if (h.startedBy !== 'reopen' && inPeriod(h.start) && charged(h.org)) {
        c.dispatched += 1
        if (h.endedBy === 'return') c.returned += 1
      }
    }

    const lastReopen = events.map((e) => e.action).lastIndexOf('reopen')
    const close = events.filter((e, i) => i > lastReopen && isClosing(e)).at(-1) ?? null
    const rates = events.filter((e) => e.action === 'rate' && e.rating)
    const rating = rates.at(-1)
    if (close && inPeriod(close.at) && charged(close.holderOrgId)) {
      c.closed += 1
      if (rating) c.rated += 1
      if (lastReopen >= 0) c.reopened += 1
    }
    if (rating?.rating && inPeriod(rating.at) && charged(rating.holderOrgId)) {
      const r = rating.rating
      c.ratings += 1
      const satisfied = r.satisfaction ? r.satisfaction !== '不满意' : r.stars >= 3
      if (satisfied) c.satisfied += 1
      if (r.resolved === 'yes' || r.resolved === 'no') c.resolvedAnswered += 1
      if (r.resolved === 'yes') c.resolvedYes += 1
    }
  }
  return c
}
