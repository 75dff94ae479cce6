/**
 * One deployment, two streets. 河西街道 (tests/support/second-street.ts) is seeded beside the demo
 * street with its own places, orgs, categories, rules, staff and settings. Routing, numbering, the
 * sweep's whole ladder and the whistle deadline must work there, reach 河西's people and nobody of
 * 海北, and 海北's street admin must not see 河西's orders.
 */
import { createManualClock } from '../../cloudfunctions/_platform/runtime/clock'
import { reportOf } from '../support/report-helpers'
import { HX, seedSecondStreet } from '../support/second-street'
import { startTestHost, type TestHost } from '../support/test-host'

/** China time (UTC+8) as a Date. */
const cst = (local: string) => new Date(`${local}+08:00`)

const clock = createManualClock(cst('2026-11-24T08:00:00')) // a Tuesday, before 河西's 09:00 opening
let host: TestHost
const token: Record<string, string> = {}

beforeAll(async () => {
  host = await startTestHost({ clock })
  await seedSecondStreet(host.platform.store)
  for (const p of [
    'hx-resident',
    'hx-resident-2',
    'hx-property-staff',
    'hx-property-manager',
    'hx-community-admin',
    'hx-street-admin',
    'hx-dept-officer',
    'hx-grid-leader',
    'street-admin',
    'community-admin',
    'property-manager',
    'resident-a',
  ]) {
    token[p] = await host.login(p)
  }
}, 120_000)
afterAll(async () => host.close())

async function sweepAt(local: string) {
  clock.set(cst(local))
  const { body } = await host.invokeAsTimer('workorder', { Type: 'Timer', TriggerName: 'sweep' })
  if (!body.ok) throw new Error(body.error.message)
  return body.data as { escalated: number; whistleOverdue: number }
}

/** The templates in a persona's outbox that concern one order (the page names the order id). */
async function heard(persona: string, orderId?: string): Promise<string[]> {
  const out = await host.ok('auth', 'messages', { limit: 50 }, token[persona])
  return out.items
    .filter((m: { page: string | null }) => !orderId || (m.page ?? '').includes(orderId))
    .map((m: { kind: string }) => m.kind)
}

const hxReport = (over: Parameters<typeof reportOf>[0] = {}) =>
  reportOf({
    categoryCode: 'hx_railing',
    buildingId: HX.building,
    description: '河堤边的栏杆松了，晃得厉害',
    ...over,
  })

describe('河西街道 beside 海北街道', () => {
  let railing: { id: string; number: string; deadlines: { acknowledgeBy: string } }

  test('routing and numbering: 河西 numbers read HX-, the property company’s repairer takes it', async () => {
    railing = await host.ok('report', 'submit', hxReport(), token['hx-resident'])
    expect(railing.number).toBe('HX-20261124-0001')
    expect(railing).toMatchObject({
      status: 'assigned',
      handler: { kind: 'property', orgId: HX.company, orgName: '柳树湾物业服务处', staffId: 'u-hx-property-staff' },
      reason: '已派给 柳树湾物业服务处（物业）处理', // the resident's plain sentence; staff read the rule
    })
    // 河西's office opens at 09:00 (海北's at 08:30): 1 working hour from 08:00 is 10:00
    expect(railing.deadlines.acknowledgeBy).toBe(cst('2026-11-24T10:00:00').toISOString())
    expect(await heard('hx-property-staff', railing.id)).toContain('workorder.assigned')

    // a 海北 report the same day keeps its own prefix and sequence
    const demo = await host.ok('report', 'submit', reportOf(), token['resident-a'])
    expect(demo.number).toBe('HB-20261124-0001')
  })

  test('patrol buildings: each street admin, company and department sees only its own street’s or estates’ buildings', async () => {
    const ids = async (persona: string) =>
      (await host.ok('workorder', 'buildings', {}, token[persona])).items.map((b: { id: string }) => b.id) as string[]
    const hx = await ids('hx-street-admin')
    expect(hx).toEqual(expect.arrayContaining([HX.building, HX.bareBuilding])) // the bare estate via its community
    expect(hx.filter((id) => id.startsWith('bd-botai'))).toEqual([])
    const hb = await ids('street-admin')
    expect(hb).toContain('bd-botai-3')
    expect(hb).not.toContain(HX.building)
    expect(hb).not.toContain(HX.bareBuilding)
    const company = await ids('hx-property-staff')
    expect(company).toContain(HX.building)
    expect(company.filter((id) => id.startsWith('bd-botai'))).toEqual([])
    const dept = await ids('hx-dept-officer')
    expect([...dept].sort()).toEqual([...hx].sort()) // a department serves its whole street
  })

  test('an estate without a streetId on its record still finds its street through its community', async () => {
    const bare = await host.ok(
      'report',
      'submit',
      hxReport({ buildingId: HX.bareBuilding, channel: 'property' }),
      token['hx-resident-2'],
    )
    expect(bare.number).toBe('HX-20261124-0002')
    expect(bare.handler).toMatchObject({ kind: 'grid', orgId: HX.grid2, staffId: 'u-hx-grid-worker-2' })
    const order = await host.platform.store.collection('workorders').get(bare.id)
    expect(order?.streetId).toBe(HX.street)
  })

  test('a community order goes to 河西’s community admin by name, never “into the pool”', async () => {
    const river = await host.ok(
      'report',
      'submit',
      hxReport({ categoryCode: 'hx_river_litter', channel: 'property' }),
      token['hx-resident'],
    )
    expect(river.handler).toMatchObject({ kind: 'community', orgId: HX.community, staffId: 'u-hx-community-admin' })
    expect(river.reason).toBe('已派给 柳树社区（社区）处理')
    // staff read the rule's sentence, never "into the pool"
    expect((await host.platform.store.collection('workorders').get(river.id))?.routeReason).toBe(
      '已派给 柳树社区：河道保洁由社区统筹',
    )
    const pump = await host.ok('report', 'submit', hxReport({ categoryCode: 'hx_pump' }), token['hx-resident'])
    expect(pump.handler).toMatchObject({ kind: 'department', orgId: HX.department, staffId: 'u-hx-dept-officer' })
    expect(pump.reason).not.toContain('抢单池')
  })

  test('海北’s street admin cannot see 河西’s orders; 河西’s can', async () => {
    const other = await host.call('workorder', 'detail', { id: railing.id }, token['street-admin'])
    expect(other.body.ok).toBe(false)
    expect(other.body.ok ? '' : other.body.error.code).toBe('FORBIDDEN')
    const otherInbox = await host.ok('workorder', 'inbox', { filter: 'all' }, token['street-admin'])
    expect(
      otherInbox.items.map((o: { number: string }) => o.number).filter((n: string) => n.startsWith('HX-')),
    ).toEqual([])
    const otherTodo = await host.ok('workorder', 'inbox', { filter: 'open' }, token['street-admin'])
    expect(otherTodo.counts.open).toBe(1) // the one 海北 report of the first test

    const own = await host.ok('workorder', 'detail', { id: railing.id }, token['hx-street-admin'])
    expect(own.number).toBe(railing.number)
    const ownInbox = await host.ok('workorder', 'inbox', { filter: 'all' }, token['hx-street-admin'])
    expect(ownInbox.items.every((o: { number: string }) => o.number.startsWith('HX-'))).toBe(true)
    expect(ownInbox.items.length).toBeGreaterThanOrEqual(4)
  })

  test('the whistle deadline is 河西’s (2 h), and its lapse is reported to 河西’s street admin only', async () => {
    clock.set(cst('2026-11-24T08:10:00'))
    const river = await host.ok('report', 'submit', hxReport({ categoryCode: 'hx_river_litter' }), token['hx-resident'])
    const d = await host.ok('workorder', 'detail', { id: river.id }, token['hx-community-admin'])
    await host.ok(
      'workorder',
      'escalate',
      { id: river.id, version: d.version, departmentId: HX.department, note: '河道垃圾需水务站清捞' },
      token['hx-community-admin'],
    )
    const whistled = await host.ok('workorder', 'detail', { id: river.id }, token['hx-community-admin'])
    expect(whistled.whistle.reportBy).toBe(cst('2026-11-24T10:10:00').toISOString())
    expect(await heard('hx-dept-officer', river.id)).toContain('workorder.whistle')

    // the railing order is due at 10:00, the whistle at 10:10: a sweep at 10:30 handles both
    expect((await sweepAt('2026-11-24T10:30:00')).whistleOverdue).toBeGreaterThanOrEqual(1)
    expect(await heard('hx-street-admin', river.id)).toContain('workorder.whistle_overdue')
    expect(await heard('street-admin', river.id)).toEqual([])
  })

  test('the sweep climbs 河西’s whole ladder on 河西’s grace hours, telling 河西’s people at each rung', async () => {
    // rung 1 came with the 10:30 sweep: 河西's grace is 1 h (海北's 4 h)
    const after1 = await host.ok('workorder', 'detail', { id: railing.id }, token['hx-street-admin'])
    expect(after1.escalationLevel).toBe(1)
    expect(await heard('hx-property-manager', railing.id)).toContain('workorder.escalated')
    expect(await heard('hx-resident', railing.id)).toContain('workorder.escalated')

    await sweepAt('2026-11-24T11:20:00')
    const still1 = await host.ok('workorder', 'detail', { id: railing.id }, token['hx-street-admin'])
    expect(still1.escalationLevel).toBe(1)
    await sweepAt('2026-11-24T11:31:00')
    const after2 = await host.ok('workorder', 'detail', { id: railing.id }, token['hx-street-admin'])
    expect(after2.escalationLevel).toBe(2)
    expect(await heard('hx-community-admin', railing.id)).toContain('workorder.escalated')

    await sweepAt('2026-11-24T13:32:00')
    const after3 = await host.ok('workorder', 'detail', { id: railing.id }, token['hx-street-admin'])
    expect(after3.escalationLevel).toBe(3)
    expect(await heard('hx-street-admin', railing.id)).toContain('workorder.escalated')

    // nobody of 海北 heard anything about it
    for (const p of ['street-admin', 'community-admin', 'property-manager']) {
      expect(await heard(p, railing.id)).toEqual([])
    }
  })
})
