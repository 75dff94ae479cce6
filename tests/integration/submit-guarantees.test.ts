/**
 * What a submit promises under pressure, on PGlite and (with XIAOBEI_TEST_PG_URL) PostgreSQL:
 * - the hourly limit holds when a resident's submits arrive all at once (C1);
 * - a double tap's losers use up no order number (C2), and neither do refused submits;
 * - a warm submit stays within its store round-trip budget;
 * - an open order outlives its category: deactivated, the order is still transferred, resolved
 *   (by the after-photo rule it was filed under) and reopened (P1-10).
 */
import { Client } from 'pg'
import { type CountingStore, countingStore } from '../../cloudfunctions/_platform/store/counting'
import { clearReferenceCache } from '../../cloudfunctions/_services/reference-cache'
import { newRequestId, reportOf, uploadPng } from '../support/report-helpers'
import { startTestHost, type TestHost } from '../support/test-host'

const PG_URL = process.env.XIAOBEI_TEST_PG_URL

/** A PostgreSQL database emptied for this run (the test's own database, never a shared one). */
async function freshPostgres(url: string): Promise<string> {
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    await client.query('DROP SCHEMA IF EXISTS public CASCADE')
    await client.query('CREATE SCHEMA public')
  } finally {
    await client.end()
  }
  return url
}

const stores: Array<[string, () => Promise<string>]> = [
  ['PGlite', async () => 'pglite:memory'],
  ...(PG_URL ? [['PostgreSQL', () => freshPostgres(PG_URL)] as [string, () => Promise<string>]] : []),
]
if (!PG_URL) console.log('[integration] submit guarantees on PostgreSQL: skipped, XIAOBEI_TEST_PG_URL is not set')

/** Each resident reports on their own building. */
const HOME: Record<string, string> = {
  'resident-a': 'bd-botai-3',
  'resident-b': 'bd-jinyu-5',
  'resident-c': 'bd-hexie-2',
}

describe.each(stores)('submit guarantees on %s', (_name, storeUrl) => {
  let host: TestHost
  let counting: CountingStore
  const token: Record<string, string> = {}
  beforeAll(async () => {
    host = await startTestHost({
      storeUrl: await storeUrl(),
      wrapStore: (store) => {
        counting = countingStore(store)
        return counting
      },
    })
    for (const p of ['resident-a', 'resident-b', 'resident-c', 'property-staff', 'property-manager', 'grid-worker']) {
      token[p] = await host.login(p)
    }
  }, 120_000)
  afterAll(async () => host.close())

  const submit = (persona: string, over: Parameters<typeof reportOf>[0] = {}) =>
    host.call<{ id: string; number: string }>(
      'report',
      'submit',
      reportOf({ buildingId: HOME[persona], ...over }),
      token[persona],
    )
  const dayCounter = async () => {
    const page = await host.platform.store.collection('counters').find({ limit: 100 })
    return page.items.filter((c) => c._id.startsWith('wo-')).reduce((n, c) => n + Number(c.seq ?? 0), 0)
  }
  const ordersBy = (userId: string) => host.platform.store.collection('workorders').count({ reporterId: userId })

  test('15 simultaneous submits by a resident with none this hour give at most 10 orders', async () => {
    const before = await dayCounter()
    const results = await Promise.all(Array.from({ length: 15 }, () => submit('resident-b')))
    const codes = results.map((r) => (r.body.ok ? 'OK' : r.body.error.code))
    expect(codes.filter((c) => c === 'OK')).toHaveLength(10)
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(5)
    expect(await ordersBy('u-resident-b')).toBe(10)
    // the refused five took no number: the counter moved by exactly the orders written
    expect((await dayCounter()) - before).toBe(10)
    const numbers = results.flatMap((r) => (r.body.ok ? [r.body.data.number] : []))
    expect(new Set(numbers).size).toBe(10)
    // and the limit stays: one more is refused
    expect((await submit('resident-b')).body).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
  })

  test('20 submits with one requestId: one order, and the counter moves by one', async () => {
    const before = await dayCounter()
    const requestId = newRequestId()
    const results = await Promise.all(Array.from({ length: 20 }, () => submit('resident-a', { requestId })))
    expect(results.every((r) => r.body.ok)).toBe(true)
    const ids = new Set(results.map((r) => (r.body.ok ? r.body.data.id : '')))
    const numbers = new Set(results.map((r) => (r.body.ok ? r.body.data.number : '')))
    expect(ids.size).toBe(1)
    expect(numbers.size).toBe(1)
    expect((await dayCounter()) - before).toBe(1)
    // the next order takes the very next number: nothing was skipped
    const next = await submit('resident-a')
    const seq = (n: string) => Number(n.split('-').pop())
    expect(next.body.ok && seq(next.body.data.number)).toBe(seq([...numbers][0]) + 1)
  })

  test('a submit refused for bad input takes neither a number nor a place in the hour', async () => {
    const before = await dayCounter()
    for (let i = 0; i < 4; i++) {
      const bad = await submit('resident-c', { categoryCode: 'no_such_category' })
      expect(bad.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    }
    expect(await dayCounter()).toBe(before)
    const results = []
    for (let i = 0; i < 10; i++) results.push(await submit('resident-c'))
    expect(results.filter((r) => r.body.ok)).toHaveLength(10)
  })

  test('a warm report.submit makes at most 8 store round trips', async () => {
    await submit('resident-a') // warm the per-instance cache
    counting.reset()
    const res = await submit('resident-a')
    expect(res.body.ok).toBe(true)
    const ops = counting.ops.map((o) => `${o.op} ${o.collection}`.trim())
    expect(ops.length).toBeLessThanOrEqual(8)
    // and what it does not do any more: no count queries, no number read-then-patch, no place reads
    expect(ops.filter((o) => o.startsWith('count '))).toEqual([])
    expect(ops).not.toContain('get places')
    expect(ops).not.toContain('patch counters')
  })

  test('a deactivated category leaves its open orders workable: transfer, resolve by its photo rule, reopen', async () => {
    const res = await submit('resident-a', { categoryCode: 'stairwell_light' })
    if (!res.body.ok) throw new Error(res.body.error.message)
    const order = res.body.data
    await host.platform.store.collection('categories').patch('stairwell_light', { active: false })
    clearReferenceCache(host.platform.store)
    try {
      // new reports of it are refused …
      expect((await submit('resident-a', { categoryCode: 'stairwell_light' })).body).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      })
      // … but the open one moves on
      await host.ok(
        'workorder',
        'transfer',
        { id: order.id, toKind: 'grid', toOrgId: 'gd-beiyuan-1', reason: '楼道线路老化，请网格员协调电工' },
        token['property-manager'],
      )
      await host.ok('workorder', 'acknowledge', { id: order.id }, token['grid-worker'])
      const noPhoto = await host.call(
        'workorder',
        'resolve',
        { id: order.id, note: '已更换灯泡' },
        token['grid-worker'],
      )
      expect(noPhoto.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
      const photo = await uploadPng(host, token['grid-worker'])
      await host.ok('workorder', 'resolve', { id: order.id, note: '已更换灯泡', photos: [photo] }, token['grid-worker'])
      await host.ok('report', 'reopen', { id: order.id, reason: '第二天又不亮了，请再看看' }, token['resident-a'])
      const d = await host.ok('report', 'detail', { id: order.id }, token['resident-a'])
      expect(d.status).toBe('assigned')
      expect(d.categoryName).toBe('楼道灯')
    } finally {
      await host.platform.store.collection('categories').patch('stairwell_light', { active: true })
      clearReferenceCache(host.platform.store)
    }
  })
})
