/**
 * The sweep must not stall the API: 1,000 overdue orders filed through the real host on PGlite, then
 * one sweep escalates them all (as the local scheduler runs it, in the host's process) while two
 * clients keep calling `workorder.inbox` and `workorder.detail` over HTTP. The figure is the p99 of
 * those calls during the sweep. Target: ≤ 200 ms.
 */
import { existsSync } from 'node:fs'
import { loadavg } from 'node:os'
import path from 'node:path'
import { bundleFunctions } from '../../cloudfunctions/_host/bundle'
import { createManualClock } from '../../cloudfunctions/_platform/runtime/clock'
import { reportOf } from '../support/report-helpers'
import { ROOT, startTestHost } from '../support/test-host'
import { type BenchEntry, entry } from './entry'
import { quantile, round } from './stats'

const ORDERS = 1000
const CLIENTS = 2

export async function bench(): Promise<BenchEntry[]> {
  const dist = path.join(ROOT, 'dist', 'cloudfunctions')
  if (!existsSync(path.join(dist, 'workorder')))
    await bundleFunctions({ sourceDir: path.join(ROOT, 'cloudfunctions'), outDir: dist })
  const clock = createManualClock(new Date('2026-11-23T02:00:00Z')) // Monday 10:00 in China
  const host = await startTestHost({ clock })
  try {
    const resident = await host.login('resident-a')
    const staff = await host.login('property-staff')
    const ids: string[] = []
    for (let i = 0; i < ORDERS; i++) {
      clock.advance(6.5 * 60_000) // under the hourly limit of a resident's reports
      ids.push((await host.ok('report', 'submit', reportOf(), resident)).id)
    }
    clock.advance(14 * 86_400_000) // every acknowledge-by has passed

    const call = (i: number) =>
      i % 2 === 0
        ? host.ok('workorder', 'inbox', { filter: 'todo' }, staff)
        : host.ok('workorder', 'detail', { id: ids[(i * 37) % ids.length] }, staff)
    const idle: number[] = []
    for (let i = 0; i < 100; i++) {
      const t = performance.now()
      await call(i)
      idle.push(performance.now() - t)
    }
    idle.sort((a, b) => a - b)

    const latencies: number[] = []
    let sweeping = true
    const started = performance.now()
    const sweep = host.trigger('workorder', 'sweep').finally(() => {
      sweeping = false
    })
    const clients = Array.from({ length: CLIENTS }, async (_, c) => {
      for (let i = c; sweeping; i++) {
        const t = performance.now()
        await call(i)
        latencies.push(performance.now() - t)
      }
    })
    const result = await sweep
    const sweepMs = performance.now() - started
    await Promise.all(clients)
    if (!result.ok) throw new Error(`sweep: ${result.error.message}`)
    const escalated = (result.data as { escalated: number }).escalated
    if (escalated !== ORDERS) throw new Error(`sweep escalated ${escalated} of ${ORDERS}`)
    latencies.sort((a, b) => a - b)
    const p99 = round(quantile(latencies, 0.99))
    const p50 = round(quantile(latencies, 0.5))
    return [
      entry(
        'sweep.apiP99DuringMs',
        'ms',
        p99,
        '≤',
        200,
        `${latencies.length} inbox/detail calls over HTTP (p50 ${p50} ms, max ${round(latencies.at(-1) ?? 0)} ms) by ${CLIENTS} clients while one sweep escalated ${escalated} orders in ${round(sweepMs / 1000, 2)} s, PGlite; without a sweep p50 ${round(quantile(idle, 0.5))} / p99 ${round(quantile(idle, 0.99))} ms; load average ${round(loadavg()[0])}`,
      ),
    ]
  } finally {
    await host.close()
  }
}
