/**
 * Store round trips per action. On CloudBase every store call is a network round trip (10–30 ms),
 * so this count, not the local latency, decides an action's speed there. The real host runs the
 * real bundles on PGlite with a counting wrapper around the store port; each action is called
 * once to warm the per-instance cache, then once more counted.
 *
 * - submit.storeOps: one warm `report.submit` (the identity read included). Target ≤ 8.
 * - actions.maxReadStoreOps: the most any read action takes, warm. Target ≤ 3.
 *
 * Run alone: `npx tsx tests/bench/store-ops.bench.ts`.
 */
import { type CountingStore, countingStore } from '../../cloudfunctions/_platform/store/counting'
import { reportOf } from '../support/report-helpers'
import { startTestHost, type TestHost } from '../support/test-host'
import { type BenchEntry, entry } from './entry'

interface ReadCall {
  persona: string
  fn: string
  action: string
  data: (orderId: string) => unknown
}

/** Every read action a resident or staff member calls, with the persona that calls it. */
const READS: ReadCall[] = [
  { persona: 'resident-a', fn: 'auth', action: 'me', data: () => ({}) },
  { persona: 'resident-a', fn: 'auth', action: 'messages', data: () => ({}) },
  { persona: 'resident-a', fn: 'report', action: 'categories', data: () => ({}) },
  { persona: 'resident-a', fn: 'report', action: 'mine', data: () => ({}) },
  { persona: 'resident-a', fn: 'report', action: 'detail', data: (id) => ({ id }) },
  {
    persona: 'resident-a',
    fn: 'report',
    action: 'similar',
    data: () => ({ categoryCode: 'stairwell_light', buildingId: 'bd-botai-3' }),
  },
  ...(['todo', 'pool', 'overdue', 'resolved', 'all'] as const).map((filter) => ({
    persona: 'property-staff',
    fn: 'workorder',
    action: `inbox`,
    data: () => ({ filter }),
  })),
  { persona: 'property-staff', fn: 'workorder', action: 'detail', data: (id) => ({ id }) },
  { persona: 'property-manager', fn: 'workorder', action: 'targets', data: (id) => ({ id }) },
  { persona: 'grid-worker', fn: 'workorder', action: 'buildings', data: () => ({}) },
]

async function countOne(
  host: TestHost,
  counting: CountingStore,
  token: string,
  fn: string,
  action: string,
  data: unknown,
) {
  await host.call(fn, action, data, token) // warm
  counting.reset()
  const res = await host.call(fn, action, data, token)
  return { ok: res.body.ok, ops: counting.ops.length, list: counting.ops.map((o) => `${o.op} ${o.collection}`.trim()) }
}

export interface StoreOpsFigures {
  submit: { ops: number; list: string[] }
  reads: Array<{ action: string; ops: number; ok: boolean; list: string[] }>
}

export async function measureStoreOps(): Promise<StoreOpsFigures> {
  let counting: CountingStore | undefined
  const host = await startTestHost({
    wrapStore: (store) => {
      counting = countingStore(store)
      return counting
    },
  })
  try {
    const c = counting as CountingStore
    const tokens: Record<string, string> = {}
    for (const p of ['resident-a', 'property-staff', 'property-manager', 'grid-worker']) tokens[p] = await host.login(p)

    // a warm submit: the second report of the instance (reference data cached by the first)
    const first = await host.ok('report', 'submit', reportOf(), tokens['resident-a'])
    c.reset()
    const res = await host.call('report', 'submit', reportOf(), tokens['resident-a'])
    if (!res.body.ok) throw new Error(`submit failed: ${res.body.error.message}`)
    const submit = { ops: c.ops.length, list: c.ops.map((o) => `${o.op} ${o.collection}`.trim()) }

    const reads: StoreOpsFigures['reads'] = []
    for (const r of READS) {
      const name = `${r.fn}.${r.action}${r.action === 'inbox' ? `(${(r.data('') as { filter: string }).filter})` : ''}`
      reads.push({ action: name, ...(await countOne(host, c, tokens[r.persona], r.fn, r.action, r.data(first.id))) })
    }
    return { submit, reads }
  } finally {
    await host.close()
  }
}

export async function bench(): Promise<BenchEntry[]> {
  const { submit, reads } = await measureStoreOps()
  const answered = reads.filter((r) => r.ok)
  const worst = answered.reduce((a, b) => (b.ops > a.ops ? b : a), answered[0])
  return [
    entry('submit.storeOps', 'ops', submit.ops, '≤', 8, `warm report.submit on PGlite: ${submit.list.join(', ')}`),
    entry(
      'actions.maxReadStoreOps',
      'ops',
      worst.ops,
      '≤',
      3,
      `worst: ${worst.action} (${worst.list.join(', ')}); all: ${answered.map((r) => `${r.action} ${r.ops}`).join(', ')}`,
    ),
  ]
}

if (process.argv[1]?.replace(/\\/g, '/').endsWith('tests/bench/store-ops.bench.ts')) {
  measureStoreOps().then(
    (figures) => {
      console.log(`submit: ${figures.submit.ops} ops\n  ${figures.submit.list.join('\n  ')}`)
      for (const r of figures.reads)
        console.log(`${r.ok ? '' : '(failed) '}${r.action}: ${r.ops} ops — ${r.list.join(', ')}`)
    },
    (error) => {
      console.error(error)
      process.exit(1)
    },
  )
}
