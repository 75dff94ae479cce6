import { createLocalPlatform } from '../cloudfunctions/_platform/runtime/local'
import { seedIfEmpty } from '../cloudfunctions/_seed/seed'
import { kpisFor } from '../cloudfunctions/_services/supervision/kpis'
import { lookUpScope } from '../cloudfunctions/_services/supervision/scope'
async function main() {
  const platform = await createLocalPlatform({ storeUrl: 'pglite:memory', demo: true })
  let t = performance.now()
  const r = await seedIfEmpty(platform.store, new Date('2026-12-01T02:00:00Z'))
  console.log('seed ms', Math.round(performance.now() - t), r.counts.workorders, r.counts.workorder_events, r.counts.kpi_facts)
  const street = await lookUpScope(platform.store, { kind: 'street', id: 'st-haibei' })
  for (const [from, to] of [['2026-04-01', '2026-06-30'], ['2026-07-01', '2026-09-30']]) {
    const k = await kpisFor(platform, street, from, to)
    console.log(from, JSON.stringify(k.kpis), JSON.stringify(k.counts))
    for (const o of k.byOrg) console.log('  ', o.orgName, Object.values(o.kpis).map((v) => (v === null ? '—' : (v * 100).toFixed(0))).join(' '), o.counts.orders)
  }
  const p = await platform.store.collection('workorders').count({ kProblem: true })
  console.log('problems', p)
  await platform.store.close()
}
main()
