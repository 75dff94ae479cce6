/**
 * 试一下 at city scale: `admin.tryRoute` with a draft estate rule, over HTTP through the real host,
 * on PGlite loaded with the synthetic city (3,000 grids, 30,000 buildings, 60 categories; see
 * routing.bench.ts), for random buildings × categories × channels. It routes twice (now and after the
 * draft), validates the draft and scans the open orders it would move. Target: p95 ≤ 50 ms.
 * Run alone: `npm run bench -- admin`.
 */
import { syntheticCity } from '../support/synthetic-city'
import { startTestHost } from '../support/test-host'
import { type BenchEntry, entry, info } from './entry'
import { loadCity } from './routing.bench'
import { quantile, round } from './stats'

const CALLS = 400
const WARMUP = 100

export async function bench(): Promise<BenchEntry[]> {
  const host = await startTestHost({ seed: false })
  try {
    await loadCity(host.platform.store)
    await host.platform.store.collection('users').insert({
      _id: 'u-city-admin',
      kind: 'staff',
      name: '示范街道管理员',
      scopes: [{ role: 'street_admin', orgId: 'st-city' }],
    })
    const token = await host.platform.identity.issueToken!('u-city-admin')
    const { requests } = syntheticCity()
    const one = async (i: number) => {
      const r = requests[i % requests.length]
      const estateId = `es-${r.buildingId.slice(3).replace(/-\d+$/, '')}`
      const res = await host.call(
        'admin',
        'tryRoute',
        {
          buildingId: r.buildingId,
          categoryCode: r.categoryCode,
          channel: r.channel,
          draftRule: {
            categoryCode: r.categoryCode,
            estateId,
            handler: 'community',
            orgId: null,
            priority: 90,
            reason: '试一下：由社区统一处理',
            active: true,
          },
        },
        token,
      )
      if (!res.body.ok) throw new Error(`tryRoute failed: ${res.body.error.message}`)
    }
    for (let i = 0; i < WARMUP; i++) await one(i)
    const samples: number[] = []
    for (let i = WARMUP; i < WARMUP + CALLS; i++) {
      const t = performance.now()
      await one(i)
      samples.push(performance.now() - t)
    }
    samples.sort((a, b) => a - b)
    return [
      entry(
        'admin.tryRouteP95Ms',
        'ms',
        round(quantile(samples, 0.95), 2),
        '≤',
        50,
        `admin.tryRoute with a draft estate rule over HTTP, city-scale PGlite (30,000 buildings), ${CALLS} calls after ${WARMUP} warm-up`,
      ),
      info('admin.tryRouteP50Ms', 'ms', round(quantile(samples, 0.5), 2)),
    ]
  } finally {
    await host.close()
  }
}
