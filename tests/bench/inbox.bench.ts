/**
 * The staff inbox for one staff member with 10,000 historical orders, through the host over HTTP
 * on PGlite: `todo` (the open queue, served by the staff member's open-deadline index) and `all`
 * (every order the scope covers, newest first: the filter that walks history). Target: p95 ≤ 20 ms
 * each.
 *
 * The history is cloned from an order `report.submit` really wrote, and every clone is parsed with
 * the WorkOrder schema before it is stored, so the fixture cannot drift from what production writes.
 * Run alone: `npm run bench -- inbox`.
 */
import { NO_DEADLINE, type OrderDoc } from '../../cloudfunctions/_services/orders'
import type { User } from '../../types/identity'
import { WorkOrder } from '../../types/workorder'
import { reportOf } from '../support/report-helpers'
import { startTestHost, type TestHost } from '../support/test-host'
import { type BenchEntry, entry, info } from './entry'
import { quantile, round, timed } from './stats'

const HISTORY = 10_000
const OPEN = 60
const CALLS = 300
const WARMUP = 30
/** orders per fill transaction; PGlite runs on this thread, so the fill yields between batches */
const BATCH = 200
const STAFF = 'property-staff'

/** `count` orders cloned from `template`, the first `HISTORY` closed, spread over the past year. */
export function historyOf(template: OrderDoc, count: number, now: Date): Array<Omit<OrderDoc, '_v'>> {
  const hour = 3_600_000
  const { _v, ...base } = template
  return Array.from({ length: count }, (_, i) => {
    const open = i >= HISTORY
    const created = new Date(now.getTime() - (count - i) * hour).toISOString()
    const doc: Omit<OrderDoc, '_v'> = {
      ...base,
      _id: `wo_bench_${i}`,
      number: `${template.number}-${i}`,
      requestId: `bench-${i}`,
      requestKey: `${template.reporterId}:bench-${i}`,
      status: open ? 'assigned' : 'closed',
      statusGroup: open ? 'open' : 'closed',
      acknowledgeBy: created,
      resolveBy: created,
      nextDeadline: open ? new Date(now.getTime() + (i - HISTORY) * hour).toISOString() : NO_DEADLINE,
      createdAt: created,
      updatedAt: created,
      resolvedAt: open ? null : created,
      closedAt: open ? null : created,
    }
    WorkOrder.parse({ ...doc, _v: 1 })
    return doc
  })
}

async function fillHistory(host: TestHost, token: string): Promise<string> {
  const store = host.platform.store
  const resident = await host.login('resident-a')
  const { id } = await host.ok<{ id: string }>('report', 'submit', reportOf(), resident)
  const template = await store.collection<OrderDoc>('workorders').get(id)
  if (!template) throw new Error(`the submitted order ${id} is not in the store`)
  const { user } = await host.ok<{ user: User }>('auth', 'me', {}, token)
  const held = { ...template, handlerStaffId: user._id, handlerStaffName: user.name }
  const docs = historyOf(held, HISTORY + OPEN, host.platform.clock.now())
  for (let from = 0; from < docs.length; from += BATCH) {
    await store.transaction(async (tx) => {
      const orders = tx.collection<OrderDoc>('workorders')
      for (const doc of docs.slice(from, from + BATCH)) await orders.insert(doc)
    })
    // let the host's and the client's keep-alive timers run, so no request meets a socket closed meanwhile
    await new Promise((resolve) => setImmediate(resolve))
  }
  return user._id
}

export async function bench(): Promise<BenchEntry[]> {
  const host = await startTestHost()
  try {
    const token = await host.login(STAFF)
    await fillHistory(host, token)
    const call = (filter: 'todo' | 'all') => () => host.ok('workorder', 'inbox', { filter }, token)
    for (let i = 0; i < WARMUP; i++) {
      await call('todo')()
      await call('all')()
    }
    // CPU time per call as well: client, host, functions and PGlite all run in this process, so it is
    // the work a call costs, which a busy machine does not inflate the way it inflates wall time
    const cpuPerCall = async (filter: 'todo' | 'all') => {
      const before = process.cpuUsage()
      const run = await timed(CALLS, 1, call(filter))
      const used = process.cpuUsage(before)
      return { ...run, cpuMs: (used.user + used.system) / 1000 / CALLS }
    }
    const todo = await cpuPerCall('todo')
    const all = await cpuPerCall('all')
    const setup = `${HISTORY} closed + ${OPEN} open orders held by one staff member (${STAFF}), in-memory PGlite; ${CALLS} sequential calls over HTTP, a page of 20 plus 3 counts`
    return [
      entry('inbox.todoP95Ms', 'ms', round(quantile(todo.latencies, 0.95), 2), '≤', 20, `'todo' filter; ${setup}`),
      entry('inbox.allP95Ms', 'ms', round(quantile(all.latencies, 0.95), 2), '≤', 20, `'all' filter; same history`),
      info('inbox.todoP50Ms', 'ms', round(quantile(todo.latencies, 0.5), 2)),
      info('inbox.allP50Ms', 'ms', round(quantile(all.latencies, 0.5), 2)),
      info('inbox.todoCpuMsPerCall', 'ms', round(todo.cpuMs, 2), 'CPU time of this process per call, client included'),
      info('inbox.allCpuMsPerCall', 'ms', round(all.cpuMs, 2), 'CPU time of this process per call, client included'),
    ]
  } finally {
    await host.close()
  }
}
