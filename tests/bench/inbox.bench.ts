/**
 * Inbox latency for a staff member with 10,000 historical orders, through the host over HTTP on
 * PGlite. Target: p95 ≤ 20 ms.
 */
import type { Store } from '../../cloudfunctions/_platform/store/port'
import { orderDoc } from '../support/orders'
import { startTestHost } from '../support/test-host'
import { quantile, round, timed } from './stats'

const HISTORY = 10_000
const OPEN = 60
const CALLS = 300

export interface InboxBenchResult {
  p50ms: number
  p95ms: number
  allP95ms: number
  config: string
}

/** 10,000 closed orders and 60 open ones held by 刘师傅 (property-staff), written straight through the store port. */
async function fillHistory(store: Store, now: Date) {
  const orders = store.collection('workorders')
  const day = 86_400_000
  for (let i = 0; i < HISTORY + OPEN; i++) {
    const open = i >= HISTORY
    const created = new Date(now.getTime() - (HISTORY + OPEN - i) * (day / 20)).toISOString()
    const at = new Date(created)
    await orders.insert(
      orderDoc(
        {
          id: `wo_bench_${i}`,
          number: `HB-BENCH-${String(i).padStart(5, '0')}`,
          requestId: `bench-${i}`,
          now: at,
          deadlines: { acknowledgeBy: created, resolveBy: created },
        },
        {
          status: open ? 'assigned' : 'closed',
          statusGroup: open ? 'open' : 'closed',
          nextDeadline: open
            ? new Date(now.getTime() + (i - HISTORY) * 3_600_000).toISOString()
            : '9999-12-31T00:00:00.000Z',
          resolvedAt: open ? null : created,
          closedAt: open ? null : created,
        },
      ),
    )
  }
}

export async function benchInbox(): Promise<InboxBenchResult> {
  const host = await startTestHost()
  try {
    await fillHistory(host.platform.store, host.platform.clock.now())
    const token = await host.login('property-staff')
    for (let i = 0; i < 30; i++) await host.ok('workorder', 'inbox', { filter: 'todo' }, token)
    const todo = await timed(CALLS, 1, () => host.ok('workorder', 'inbox', { filter: 'todo' }, token))
    const all = await timed(CALLS, 1, () => host.ok('workorder', 'inbox', { filter: 'all' }, token))
    return {
      p50ms: round(quantile(todo.latencies, 0.5), 2),
      p95ms: round(quantile(todo.latencies, 0.95), 2),
      allP95ms: round(quantile(all.latencies, 0.95), 2),
      config: `${HISTORY} closed + ${OPEN} open orders held by one staff member; ${CALLS} sequential inbox calls over HTTP, page of 20 plus 3 counts`,
    }
  } finally {
    await host.close()
  }
}
