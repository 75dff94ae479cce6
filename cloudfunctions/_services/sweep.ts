/**
 * The escalation sweep (a CloudBase timer trigger; an interval in the local host): overdue open
 * orders go one rung up the ladder, a department late to 报到 is reported to the street, and
 * resolved orders the resident left alone are confirmed on their behalf. Every change is the
 * system's, decided by the transition table (`actAsSystem`).
 *
 * It works in small batches and yields to the event loop between them, so requests that arrive
 * during a long sweep are answered between batches instead of after the whole sweep.
 */
import type { Caller } from '../../types/identity'
import type { SweepOutput } from '../../types/report'
import { escalationStep, MAX_ESCALATION_LEVEL, shouldAutoClose } from '../_core/escalation'
import { autoCloseChange, escalateChange, whistleOverdue, whistleOverdueChange } from '../_core/workflow'
import { AppError } from '../_platform/kit/errors'
import type { Platform } from '../_platform/ports'
import type { Collection, Store, StoredDoc, Where } from '../_platform/store/port'
import { escalateOverdueRequests } from './certificates/sweep'
import { releaseHeld } from './held-orders'
import { warnMissingArrangements } from './holiday-settings'
import { notifyResidents, notifyRole } from './notify'
import { actAsSystem, type OrderDoc, ordersOf } from './orders'
import { backfillOrderStreets } from './places'
import { removeStaleRateCounters } from './rate-counters'
import { escalationPolicyOf, workflowSettings } from './settings'

/** Orders per batch; between batches the sweep yields to waiting requests. */
export const SWEEP_BATCH = 25
const MAX_PER_RUN = 2000
/** Within a batch, the longest the sweep keeps the event loop before it lets waiting requests in. */
const YIELD_AFTER_MS = 10

/** Lets every request that is waiting (I/O callbacks, timers) run before the next batch. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * The store as the sweep uses it: every operation first lets waiting requests run. On PGlite a query
 * runs on this thread, so a request waits for at most one of the sweep's operations per event-loop
 * turn, not for a whole order's worth. (A transaction is entered once and runs without yielding.)
 */
export function yieldingStore(store: Store): Store {
  let wrapped = yielding.get(store)
  if (!wrapped) {
    wrapped = wrapYielding(store)
    yielding.set(store, wrapped)
  }
  return wrapped
}

/** one wrapper per store, so the reference cache (keyed by store) stays warm across sweeps */
const yielding = new WeakMap<Store, Store>()

function wrapYielding(store: Store): Store {
  const later =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      await yieldToEventLoop()
      return fn(...args)
    }
  return {
    ...store,
    collection<T extends StoredDoc = StoredDoc>(name: string): Collection<T> {
      const c = store.collection<T>(name)
      return {
        get: later((id) => c.get(id)),
        find: later((options) => c.find(options)),
        count: later((where) => c.count(where)),
        countEach: later((wheres) => c.countEach(wheres)),
        countEachBy: later((by, wheres) => c.countEachBy(by, wheres)),
        insert: later((doc) => c.insert(doc)),
        patch: later((id, changes, options) => c.patch(id, changes, options)),
        increment: later((id, field, by, options) => c.increment(id, field, by, options)),
        remove: later((id) => c.remove(id)),
      }
    },
    transaction: later((fn) => store.transaction(fn)),
  }
}

export async function sweep(unyielding: Platform, caller: Caller): Promise<SweepOutput> {
  const platform: Platform = { ...unyielding, store: yieldingStore(unyielding.store) }
  const { store, clock } = platform
  const now = clock.now()
  const nowIso = now.toISOString()
  const settings = await workflowSettings(store)
  await backfillOrderStreets(store)
  await removeStaleRateCounters(store, now)
  await warnMissingArrangements(platform)
  const held = await releaseHeld(platform, caller)
  const out: SweepOutput = {
    escalated: 0,
    autoClosed: 0,
    whistleOverdue: 0,
    released: held.released,
    checkedAt: nowIso,
  }

  await inBatches(
    platform,
    { statusGroup: 'open', nextDeadline: { lt: nowIso }, escalationLevel: { lt: MAX_ESCALATION_LEVEL } },
    async (order) => {
      const result = await escalateOne(platform, caller, order, now)
      if (result === 'escalated') out.escalated++
      if (result === 'whistle') out.whistleOverdue++
    },
  )

  await inBatches(platform, { statusGroup: 'fixed', nextDeadline: { lt: nowIso } }, async (order) => {
    if (!shouldAutoClose(order, now)) return
    const closed = await actAsSystem(platform, caller.name, order, autoCloseChange(now, settings.autoConfirmDays), now)
    if (closed) out.autoClosed++
  })
  // overdue certificate requests ride the same timer
  out.certificatesEscalated = await escalateOverdueRequests(platform, caller)
  return out
}

/** Visits the orders matching `where`, oldest deadline first, SWEEP_BATCH at a time, yielding between batches. */
async function inBatches(platform: Platform, where: Where, visit: (order: OrderDoc) => Promise<void>) {
  let cursor: string | null = null
  const seen = new Set<string>()
  let since = performance.now()
  for (let done = 0; done < MAX_PER_RUN; ) {
    const page = await ordersOf(platform.store).find({
      where,
      orderBy: [['nextDeadline', 'asc']],
      limit: SWEEP_BATCH,
      cursor,
    })
    for (const order of page.items) {
      // one move per order per sweep, even if its new deadline lands it further on in the same scan
      if (seen.has(order._id)) continue
      seen.add(order._id)
      // the table refusing one order (a state the query did not expect) must not stall the others
      await visit(order).catch((error) => {
        if (!(error instanceof AppError)) throw error
        console.error('[sweep] skipped', order._id, error.code)
      })
      done++
      // on an in-process store (PGlite) a query runs on this thread: let waiting requests in between orders
      if (performance.now() - since > YIELD_AFTER_MS) {
        await yieldToEventLoop()
        since = performance.now()
      }
    }
    if (!page.nextCursor || page.items.length === 0) return
    cursor = page.nextCursor
    await yieldToEventLoop()
    since = performance.now()
  }
}

async function escalateOne(platform: Platform, caller: Caller, order: OrderDoc, now: Date) {
  const whistle = order.whistle
  if (whistle && whistleOverdue(order, now)) {
    if (!(await actAsSystem(platform, caller.name, order, whistleOverdueChange(order), now))) return null
    await notifyRole(
      platform,
      order.streetId,
      ['street_admin'],
      order,
      'workorder.whistle_overdue',
      `吹哨未报到：${order.number}`,
      `${whistle.departmentName}未在时限内报到`,
    )
    return 'whistle' as const
  }
  const step = escalationStep(order, now, escalationPolicyOf(await workflowSettings(platform.store, order.streetId)))
  if (!step) return null
  const saved = await actAsSystem(platform, caller.name, order, escalateChange(step), now)
  if (!saved) return null
  await notifyRole(
    platform,
    step.notify.orgId,
    [step.notify.role],
    saved,
    'workorder.escalated',
    `超时升级：${saved.number}`,
    step.note,
  )
  if (step.toLevel === 1) {
    await notifyResidents(
      platform,
      saved,
      'workorder.escalated',
      `您的报事 ${saved.number} 已催办`,
      '处理超时，已升级督办',
    )
  }
  return 'escalated' as const
}
