/**
 * The escalation sweep with an injected clock: deadlines count working time across the National Day
 * holiday and the 调休 make-up Saturday, overdue orders climb one rung per sweep with a notification
 * and a timeline event, and resolved orders left alone are confirmed on the resident's behalf.
 */
import { createManualClock } from '../../cloudfunctions/_platform/runtime/clock'
import { reportOf, uploadPng } from '../support/report-helpers'
import { startTestHost, type TestHost } from '../support/test-host'

/** China time (UTC+8) as a Date. */
const cst = (local: string) => new Date(`${local}+08:00`)

async function sweepAt(host: TestHost, clock: ReturnType<typeof createManualClock>, local: string) {
  clock.set(cst(local))
  const { status, body } = await host.invokeAsTimer('workorder', { Type: 'Timer', TriggerName: 'sweep' })
  expect(status).toBe(200)
  if (!body.ok) throw new Error(body.error.message)
  return body.data as { escalated: number; autoClosed: number }
}

async function outboxTemplates(host: TestHost, persona: string) {
  const out = await host.ok('auth', 'messages', { limit: 50 }, await host.login(persona))
  return out.items.map((m: { kind: string }) => m.kind) as string[]
}

describe('across the National Day holiday', () => {
  const clock = createManualClock(cst('2026-09-30T16:30:00'))
  let host: TestHost
  beforeAll(async () => {
    host = await startTestHost({ clock })
  })
  afterAll(async () => host.close())

  test('nothing escalates during the holiday; then one rung per sweep up to the street', async () => {
    const a = await host.login('resident-a')
    const order = await host.ok('report', 'submit', reportOf(), a)
    // 16:30 + 2 working hours: one hour on 9-30, the holiday 10-01…10-07, one hour on 10-08
    expect(order.deadlines.acknowledgeBy).toBe(cst('2026-10-08T09:30:00').toISOString())

    expect(await sweepAt(host, clock, '2026-10-03T12:00:00')).toMatchObject({ escalated: 0 })
    expect(await sweepAt(host, clock, '2026-10-08T09:29:00')).toMatchObject({ escalated: 0 })

    expect(await sweepAt(host, clock, '2026-10-08T09:31:00')).toMatchObject({ escalated: 1 })
    expect(await outboxTemplates(host, 'property-manager')).toContain('workorder.escalated')
    expect(await sweepAt(host, clock, '2026-10-08T09:40:00')).toMatchObject({ escalated: 0 })

    expect(await sweepAt(host, clock, '2026-10-08T13:40:00')).toMatchObject({ escalated: 1 })
    expect(await outboxTemplates(host, 'community-admin')).toContain('workorder.escalated')
    expect(await sweepAt(host, clock, '2026-10-08T22:00:00')).toMatchObject({ escalated: 1 })
    expect(await outboxTemplates(host, 'street-admin')).toContain('workorder.escalated')
    expect(await sweepAt(host, clock, '2026-10-12T22:00:00')).toMatchObject({ escalated: 0 })

    const detail = await host.ok('workorder', 'detail', { id: order.id }, await host.login('street-admin'))
    expect(detail.escalationLevel).toBe(3)
    expect(detail.overdue).toBe(true)
    expect(detail.timeline.filter((e: { action: string }) => e.action === 'escalate')).toHaveLength(3)
    expect(await outboxTemplates(host, 'resident-a')).toContain('workorder.escalated')
  })

  test('the sweep is not callable over HTTP', async () => {
    const { body } = await host.call('workorder', 'sweep', {}, await host.login('street-admin'))
    expect(body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const anonymous = await host.call('workorder', 'sweep', {})
    expect(anonymous.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })
})

describe('the 调休 make-up Saturday counts as a workday', () => {
  const clock = createManualClock(cst('2026-10-09T17:00:00'))
  let host: TestHost
  beforeAll(async () => {
    host = await startTestHost({ clock })
  })
  afterAll(async () => host.close())

  test('Friday 17:00 + 2 working hours is Saturday 10-10 10:00, and Saturday’s sweep escalates it', async () => {
    const order = await host.ok('report', 'submit', reportOf(), await host.login('resident-a'))
    expect(order.deadlines.acknowledgeBy).toBe(cst('2026-10-10T10:00:00').toISOString())
    expect(await sweepAt(host, clock, '2026-10-10T10:30:00')).toMatchObject({ escalated: 1 })
  })

  test('an ordinary Saturday does not count: Friday 10-16 17:00 is due Monday 10:00', async () => {
    clock.set(cst('2026-10-16T17:00:00'))
    const order = await host.ok('report', 'submit', reportOf(), await host.login('resident-a'))
    expect(order.deadlines.acknowledgeBy).toBe(cst('2026-10-19T10:00:00').toISOString())
    const sat = await sweepAt(host, clock, '2026-10-17T10:30:00')
    const d = await host.ok('workorder', 'detail', { id: order.id }, await host.login('property-staff'))
    expect(d.escalationLevel).toBe(0)
    // exactly one: the earlier test's order (level 1 since 10-10 10:30, 4 h grace) moves to level 2; this one does not
    expect(sat.escalated).toBe(1)
  })
})

describe('auto-confirmation', () => {
  const clock = createManualClock(cst('2026-11-23T10:00:00'))
  let host: TestHost
  beforeAll(async () => {
    host = await startTestHost({ clock })
  })
  afterAll(async () => host.close())

  test('a resolved order the resident leaves alone closes after 7 days', async () => {
    const order = await host.ok('report', 'submit', reportOf(), await host.login('resident-a'))
    const staff = await host.login('property-staff')
    await host.ok('workorder', 'acknowledge', { id: order.id }, staff)
    const photo = await uploadPng(host, staff)
    await host.ok('workorder', 'resolve', { id: order.id, note: '已修好', photos: [photo] }, staff)
    expect(await sweepAt(host, clock, '2026-11-29T10:00:00')).toMatchObject({ autoClosed: 0 })
    expect(await sweepAt(host, clock, '2026-11-30T10:01:00')).toMatchObject({ autoClosed: 1 })
    const d = await host.ok('report', 'detail', { id: order.id }, await host.login('resident-a'))
    expect(d.status).toBe('closed')
    expect(d.timeline.at(-1)).toMatchObject({ action: 'auto_close' })
    // still open to a late rating, or to 重办 while it is unrated
    expect(d.actions.sort()).toEqual(['rate', 'reopen'])
  })
})

describe('hourly report counters', () => {
  const clock = createManualClock(cst('2026-11-20T09:10:00'))
  let host: TestHost
  beforeAll(async () => {
    host = await startTestHost({ clock })
  })
  afterAll(async () => host.close())

  test('the sweep deletes a counter two hours after its hour ended, and keeps the current ones', async () => {
    await host.ok('report', 'submit', reportOf(), await host.login('resident-a'))
    const counters = host.platform.store.collection('counters')
    const old = 'rate-u-resident-a-2026112009'
    expect(await counters.get(old)).toMatchObject({ n: 1 })
    // 10:59: the 09:00 hour ended less than two hours ago
    await sweepAt(host, clock, '2026-11-20T10:59:00')
    expect(await counters.get(old)).not.toBeNull()
    clock.set(cst('2026-11-20T12:05:00'))
    await host.ok('report', 'submit', reportOf(), await host.login('resident-a'))
    await sweepAt(host, clock, '2026-11-20T12:06:00')
    expect(await counters.get(old)).toBeNull()
    expect(await counters.get('rate-u-resident-a-2026112012')).toMatchObject({ n: 1 })
    // the day's number counter is not an hourly one: untouched
    expect((await counters.find({ where: { _id: { gte: 'wo-', lt: 'wo.' } } })).items.length).toBeGreaterThan(0)
  })
})
