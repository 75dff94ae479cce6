/**
 * One generated order's life, written the way the workflow writes it: every change is built by the
 * real change builder (_core/workflow/changes.ts), decided by the transition table, and turned into
 * the order patch, timeline events (with supervision's snapshot) and ended-clock rows exactly as
 * `writeChange` does, only in memory, so a history of thousands of orders is inserted in batches.
 */
import type { OfficeHours } from '../../types/catalog'
import type { Caller } from '../../types/identity'
import { STATUS_GROUP } from '../../types/workorder'
import type { WorkCalendar } from '../_core/deadlines'
import { type Change, decideSteps, orderFacts, type Relation } from '../_core/workflow'
import { eventDoc, eventIdOf, type OrderDoc, systemActor } from '../_services/orders'
import { eventSnapshot, type KpiFactDoc, kpiChangeOf } from '../_services/supervision/kpi-write'

/** Every relation: a generated history is legal when the table allows it to someone. */
const ANYONE: ReadonlySet<Relation> = new Set<Relation>([
  'reporter',
  'holder',
  'org_member',
  'supervisor',
  'community',
  'street',
  'system',
])

export interface HistorySettings {
  officeHours?: OfficeHours
  calendar?: WorkCalendar
  autoConfirmDays: number
  redispatchHours: number
  orderPrefix: string
}

export type EventRow = ReturnType<typeof eventDoc>

/** An order being lived: its document as stored after each change, its timeline and its ended clocks. */
export interface Life {
  order: OrderDoc
  events: EventRow[]
  facts: KpiFactDoc[]
  /** when it was closed (办结后关闭), each time */
  closures: string[]
  /** the version its next events are numbered with (see HISTORY_VERSION) */
  version: number
  /** false: the timeline is not kept (a benchmark's history: KPIs and exports never read it) */
  keepEvents: boolean
}

/**
 * Stored, a generated order is at `_v` 1 whatever it lived through; its events are numbered from
 * here, so a real change made to it later never takes an id a generated event holds.
 */
const HISTORY_VERSION = 500_000

export function startLife(order: Omit<OrderDoc, '_v'>, reporter: Caller, keepEvents: boolean): Life {
  const doc = { ...order, _v: 1 } as OrderDoc
  const at = doc.createdAt
  const id = doc._id
  const events: EventRow[] = []
  if (keepEvents) {
    events.push(eventDoc(eventIdOf(id, 0, 0), id, at, null, 'held', { action: 'submit' }, reporter))
    events.push(
      eventDoc(
        eventIdOf(id, 0, 1),
        id,
        at,
        'held',
        'assigned',
        {
          action: 'dispatch',
          note: doc.routeReason,
          actor: systemActor('小北派单'),
          kpi: eventSnapshot(doc),
        },
        reporter,
      ),
    )
  }
  return { order: doc, events, facts: [], closures: [], version: HISTORY_VERSION, keepEvents }
}

/** Whether the table allows the change's steps now. */
export function allowed(life: Life, change: Change): boolean {
  return decideSteps(change.events, ANYONE, { ...orderFacts(life.order), afterPhotoRequired: false }).ok
}

/** The change, committed in memory as `writeChange` commits it (same patch, events, rows). */
export function apply(life: Life, change: Change, now: Date, by: Caller): void {
  const order = life.order
  const verdict = decideSteps(change.events, ANYONE, { ...orderFacts(order), afterPhotoRequired: false })
  if (!verdict.ok) throw new Error(`history: ${change.events[0]?.action} from ${order.status}: ${verdict.message}`)
  const at = now.toISOString()
  const snapshot = eventSnapshot({ ...order, ...change.patch })
  const inputs = change.events.map((e) => ({
    action: e.action,
    note: e.note,
    photos: e.photos,
    actor: e.system ? systemActor(e.system) : undefined,
    kpi: { ...snapshot, ...(e.rating ? { rating: e.rating } : {}), ...(e.quickReturn ? { quickReturn: true } : {}) },
  }))
  const kpi = kpiChangeOf(
    order,
    inputs.map((e) => ({ at, action: e.action, ...e.kpi })),
  )
  let from = order.status
  for (const [i, e] of inputs.entries()) {
    const to = verdict.states[i]
    if (life.keepEvents)
      life.events.push(eventDoc(eventIdOf(order._id, life.version, i), order._id, at, from, to, e, by))
    from = to
  }
  life.facts.push(...kpi.ended)
  if (kpi.closed) life.closures.push(at)
  life.order = {
    ...order,
    ...change.patch,
    ...kpi.fields,
    status: verdict.to,
    statusGroup: STATUS_GROUP[verdict.to],
    updatedAt: at,
  } as OrderDoc
  life.version += 1
}
