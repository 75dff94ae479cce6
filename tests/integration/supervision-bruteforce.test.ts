/**
 * Figures are exact: every count behind `supervision.kpis` equals a brute-force recount from the
 * event log (tests/support/kpi-brute-force.ts), for several scopes and periods, over
 * - the demo seed's two past quarters and a further generated history up to "now" (seeded RNG,
 *   lived through the real change builders; some orders still open, deadlines capped at now), and
 * - orders driven through the real workflow over HTTP with a manual clock: a transfer after a missed
 *   deadline, a quick return (not charged), a late return (charged), a reopen, ratings, a 重复诉求.
 */
import { createManualClock } from '../../cloudfunctions/_platform/runtime/clock'
import { historyWorldOf, writeHistory } from '../../cloudfunctions/_seed/history'
import { generateHistory } from '../../cloudfunctions/_seed/history-orders'
import { calendarFor } from '../../cloudfunctions/_services/holiday-settings'
import { findAll } from '../../cloudfunctions/_services/reference-sets'
import { workflowSettings } from '../../cloudfunctions/_services/settings'
import type { KpisOutput, SupervisionScope } from '../../types/supervision'
import { type BfEvent, type BfOrder, type BfWorld, bruteForceCounts, byTimeline } from '../support/kpi-brute-force'
import { reportOf, uploadPng } from '../support/report-helpers'
import { startTestHost, type TestHost } from '../support/test-host'

const HOUR = 3_600_000
const START = new Date('2026-11-02T09:00:00+08:00') // a Monday
const clock = createManualClock(START)
let host: TestHost
const token: Record<string, string> = {}

beforeAll(async () => {
  host = await startTestHost({ clock })
  for (const p of ['street-admin', 'resident-a', 'property-staff', 'community-admin', 'grid-worker']) {
    token[p] = await host.login(p)
  }
  // a generated history from September up to now, on top of the seed's two quarters
  // its own residents, so its 重复诉求 are decided within it as the submit would decide them
  const world = await historyWorldOf(host.platform.store, 'st-haibei')
  const buildings = world.estates.flatMap((e) => e.buildings.map((b) => b.id))
  const reporters = Array.from({ length: 60 }, (_, i) => ({
    id: `u-bf-${i}`,
    name: `居民${i}`,
    phone: null,
    buildingId: buildings[(i * 7) % buildings.length],
  }))
  const history = generateHistory(
    { ...world, reporters },
    {
      seed: 7,
      count: 400,
      from: new Date('2026-09-01T00:00:00+08:00'),
      to: START,
      now: START,
      idPrefix: 'wo_bf',
    },
  )
  await writeHistory(host.platform.store, history)
  await driveThroughWorkflow()
}, 300_000)
afterAll(async () => host.close())

const later = (hours: number) => clock.advance(hours * HOUR)

async function submit(over: Parameters<typeof reportOf>[0] = {}): Promise<string> {
  const { id } = await host.ok('report', 'submit', reportOf(over), token['resident-a'])
  return id
}
const staff = (action: string, id: string, who = 'property-staff', extra: object = {}) =>
  host.ok('workorder', action, { id, ...extra }, token[who])

async function resolve(id: string, who = 'property-staff') {
  await staff('resolve', id, who, { note: '已修好', photos: [await uploadPng(host, token[who])] })
}

/** Orders driven through the real actions, the clock moved between the steps. */
async function driveThroughWorkflow() {
  // 1. missed 签收 at the company, then transferred to the grid, which does it all on time
  const a = await submit()
  later(3)
  const targets = await staff('targets', a)
  const grid = targets.orgs.find((o: { kind: string }) => o.kind === 'grid')
  await staff('transfer', a, 'property-staff', { toOrgId: grid.id, toKind: 'grid', reason: '属网格处置事项' })
  later(0.5)
  await staff('acknowledge', a, 'grid-worker')
  later(1)
  await resolve(a, 'grid-worker')
  later(2)
  await host.ok('report', 'rate', { id: a, stars: 5, satisfaction: '满意', resolved: 'yes' }, token['resident-a'])

  // 2. returned within the grace (not charged), re-dispatched by the community, done late, reopened
  const b = await submit({ channel: 'grid', categoryCode: 'clutter' })
  later(0.5)
  await staff('return', b, 'grid-worker', { reason: '非本单位职责，请改派' })
  later(1)
  await staff('transfer', b, 'community-admin', { toOrgId: 'gd-beiyuan-1', toKind: 'grid', reason: '经核实属网格' })
  later(30)
  await staff('acknowledge', b, 'grid-worker')
  later(1)
  await resolve(b, 'grid-worker')
  later(4)
  await host.ok('report', 'reopen', { id: b, reason: '楼道杂物还在' }, token['resident-a'])
  later(1)
  await staff('acknowledge', b, 'grid-worker')
  later(2)
  await resolve(b, 'grid-worker')
  later(3)
  await host.ok('report', 'confirm', { id: b }, token['resident-a'])

  // 3. returned a day later (charged: its 签收 deadline had passed first), left with the community
  const c = await submit({ channel: 'grid', categoryCode: 'ebike_charging' })
  later(26)
  await staff('return', c, 'grid-worker', { reason: '不属于网格处置范围' })

  // 4. the same reporter, place and category as order 2 within 30 days of its closure: 重复诉求
  later(48)
  const d = await submit({ channel: 'grid', categoryCode: 'clutter' })
  later(0.2)
  await staff('acknowledge', d, 'grid-worker')
  const repeat = await host.platform.store.collection('workorders').get(d)
  if (repeat?.kRepeat !== true) throw new Error('order 4 should be a 重复诉求')
}

const SCOPES: SupervisionScope[] = [
  { kind: 'street', id: 'st-haibei' },
  { kind: 'community', id: 'cm-beiyuan' },
  { kind: 'community', id: 'cm-nanhu' },
  { kind: 'grid', id: 'gd-beiyuan-1' },
  { kind: 'grid', id: 'gd-nanhu-3' },
  { kind: 'company', id: 'pc-botai' },
  { kind: 'company', id: 'pc-nanhu' },
  { kind: 'department', id: 'dp-chengguan' },
]
const PERIODS = [
  ['2026-04-01', '2026-06-30'],
  ['2026-07-01', '2026-09-30'],
  ['2026-08-15', '2026-11-30'],
  ['2026-11-02', '2026-11-06'],
  ['2026-11-03', '2026-11-03'],
] as const

async function eventLog(): Promise<BfWorld> {
  const store = host.platform.store
  const orders = (await await findAll(store.collection('workorders'), {})) as unknown as BfOrder[]
  const events = (await await findAll(store.collection('workorder_events'), {})) as unknown as BfEvent[]
  const [settings, calendar] = await Promise.all([
    workflowSettings(store, 'st-haibei'),
    calendarFor(store, { streetId: 'st-haibei', communityId: 'cm-beiyuan' }),
  ])
  return { orders, events: byTimeline(events), officeHours: settings.officeHours, calendar }
}

test('the history is rich enough to test: transfers, quick and late returns, reopens, repeats, open orders', async () => {
  const store = host.platform.store.collection('workorders')
  expect(await store.count({ kReopened: true })).toBeGreaterThan(10)
  expect(await store.count({ kRepeat: true })).toBeGreaterThan(5)
  expect(await store.count({ kProblem: true })).toBeGreaterThan(0)
  expect(await store.count({ statusGroup: 'open' })).toBeGreaterThan(5)
  const events = host.platform.store.collection('workorder_events')
  expect(await events.count({ action: 'transfer' })).toBeGreaterThan(20)
  expect(await events.count({ action: 'return' })).toBeGreaterThan(10)
})

test('every count of every scope and period equals the brute-force recount from the event log', async () => {
  const world = await eventLog()
  const now = clock.now()
  let compared = 0
  for (const scope of SCOPES) {
    for (const [from, to] of PERIODS) {
      const out: KpisOutput = await host.ok('supervision', 'kpis', { scope, from, to }, token['street-admin'])
      expect({ scope, from, to, counts: out.counts }).toEqual({
        scope,
        from,
        to,
        counts: bruteForceCounts(world, scope, from, to, now),
      })
      compared += 1
    }
  }
  expect(compared).toBe(SCOPES.length * PERIODS.length)
})

test('the rows by org and by month equal their own brute-force recounts', async () => {
  const world = await eventLog()
  const now = clock.now()
  const out: KpisOutput = await host.ok(
    'supervision',
    'kpis',
    { scope: { kind: 'street', id: 'st-haibei' }, from: '2026-07-01', to: '2026-11-30' },
    token['street-admin'],
  )
  expect(out.byOrg.length).toBeGreaterThanOrEqual(9)
  for (const row of out.byOrg) {
    expect([row.orgId, row.counts]).toEqual([
      row.orgId,
      bruteForceCounts(world, { kind: row.kind, id: row.orgId }, '2026-07-01', '2026-11-30', now),
    ])
  }
  expect(out.trend.map((t) => t.month)).toEqual(['2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01', '2026-11-01'])
  for (const point of out.trend) {
    const last = new Date(Date.UTC(Number(point.month.slice(0, 4)), Number(point.month.slice(5, 7)), 0))
    const to = last.toISOString().slice(0, 10)
    expect([point.month, point.counts]).toEqual([
      point.month,
      bruteForceCounts(world, { kind: 'street', id: 'st-haibei' }, point.month, to, now),
    ])
  }
})
