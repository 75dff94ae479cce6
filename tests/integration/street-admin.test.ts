/**
 * Street administration through the host: only a street admin edits the street's rules, categories,
 * settings and 放假安排; every edit is validated, version-guarded and audited; 试一下 previews a draft
 * rule without saving it, and new reports follow a saved rule while open orders stay put.
 */
import { createManualClock } from '../../cloudfunctions/_platform/runtime/clock'
import { newRequestId, reportOf, uploadPng } from '../support/report-helpers'
import { startTestHost, type TestHost } from '../support/test-host'

/** China time (UTC+8) as a Date. */
const cst = (local: string) => new Date(`${local}+08:00`)
const clock = createManualClock(cst('2026-12-31T17:00:00'))
let host: TestHost
const token: Record<string, string> = {}

beforeAll(async () => {
  host = await startTestHost({ clock })
  for (const p of ['street-admin', 'community-admin', 'resident-a', 'grid-worker']) token[p] = await host.login(p)
}, 120_000)
afterAll(async () => host.close())

/** an estate override: this estate's stairwell lights go to the community, whichever channel a resident picks */
const gridRule = {
  categoryCode: 'stairwell_light',
  estateId: 'es-botai',
  handler: 'community',
  orgId: null,
  priority: 50,
  reason: '本小区楼道灯由社区统一维修',
  active: true,
} as const

describe('who may edit', () => {
  test('a community admin, a grid worker and a resident are refused every admin action', async () => {
    for (const persona of ['community-admin', 'grid-worker', 'resident-a']) {
      for (const [action, data] of [
        ['rules', {}],
        ['saveRule', { rule: gridRule }],
        ['saveSettings', { settings: { reportsPerHour: 3 } }],
        ['audit', {}],
      ] as const) {
        const res = await host.call('admin', action, data, token[persona])
        expect([persona, action, res.status]).toEqual([persona, action, 403])
      }
    }
    expect(await host.platform.store.collection('audit_log').count()).toBe(0)
  })
})

describe('routing rules', () => {
  test('试一下 previews a draft without saving; saving it routes new reports, leaves open ones, and is audited', async () => {
    const before = await host.ok('report', 'submit', reportOf({ categoryCode: 'stairwell_light' }), token['resident-a'])
    expect(before.handler.kind).toBe('property')

    const preview = await host.ok(
      'admin',
      'tryRoute',
      { buildingId: 'bd-botai-3', categoryCode: 'stairwell_light', channel: 'property', draftRule: gridRule },
      token['street-admin'],
    )
    expect(preview.now.kind).toBe('property')
    expect(preview.after).toMatchObject({ kind: 'community' })
    expect(preview.after.reason).toContain('本小区楼道灯由社区统一维修')
    expect(preview.affectedOpenOrders.count).toBeGreaterThanOrEqual(1)
    expect(preview.affectedOpenOrders.numbers).toContain(before.number)
    expect(
      await host.platform.store
        .collection('routing_rules')
        .count({ estateId: 'es-botai', categoryCode: 'stairwell_light' }),
    ).toBe(0)

    const requestId = newRequestId()
    const saved = await host.call(
      'admin',
      'saveRule',
      { rule: { ...gridRule, id: 'botai-light-grid' } },
      token['street-admin'],
      requestId,
    )
    expect(saved.status).toBe(200)
    const after = await host.ok('report', 'submit', reportOf({ categoryCode: 'stairwell_light' }), token['resident-a'])
    expect(after.handler.kind).toBe('community')
    // the order filed before stays with the property company
    const old = await host.platform.store.collection('workorders').get(before.id)
    expect(old?.handlerKind).toBe('property')

    const audit = await host.ok('admin', 'audit', {}, token['street-admin'])
    expect(audit.items[0]).toMatchObject({
      action: 'admin.saveRule',
      target: 'routing_rules/botai-light-grid',
      actorId: 'u-street-admin',
      before: null,
      after: { handler: 'community', estateId: 'es-botai' },
      requestId,
    })
  })

  test('a concurrent edit is CONFLICT with the other person’s version; the loser writes nothing', async () => {
    const list = await host.ok('admin', 'rules', { estateId: 'es-botai' }, token['street-admin'])
    const mine = list.items.find((r: { rule: { id: string } }) => r.rule.id === 'botai-light-grid')
    const { id, ...rule } = mine.rule
    const first = await host.ok(
      'admin',
      'saveRule',
      { rule: { ...rule, id, priority: 60 }, expectedVersion: mine.version },
      token['street-admin'],
    )
    expect(first.version).toBe(mine.version + 1)
    const audits = await host.platform.store.collection('audit_log').count()
    const second = await host.call(
      'admin',
      'saveRule',
      { rule: { ...rule, id, priority: 70 }, expectedVersion: mine.version },
      token['street-admin'],
    )
    expect(second.status).toBe(409)
    expect(second.body).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { current: { priority: 60 } } },
    })
    expect((await host.platform.store.collection('routing_rules').get(id))?.priority).toBe(60)
    expect(await host.platform.store.collection('audit_log').count()).toBe(audits)
  })

  test('validation: another street’s org, a department rule without its department, an unknown category', async () => {
    const cases = [
      { ...gridRule, id: 'x1', handler: 'property', orgId: 'pc-nowhere' },
      { ...gridRule, id: 'x2', handler: 'department', orgId: null },
      { ...gridRule, id: 'x3', categoryCode: 'no_such_thing' },
      { ...gridRule, id: 'x4', estateId: 'es-nowhere' },
    ]
    for (const rule of cases) {
      const res = await host.call('admin', 'saveRule', { rule }, token['street-admin'])
      expect([rule.id, res.status]).toEqual([rule.id, 400])
    }
    expect(await host.platform.store.collection('routing_rules').count({ estateId: 'es-nowhere' })).toBe(0)
  })
})

describe('removing a rule', () => {
  test('new reports go back to the default, open orders stay, the removal is audited; a stale version writes nothing', async () => {
    const list = await host.ok('admin', 'rules', { estateId: 'es-botai' }, token['street-admin'])
    const mine = list.items.find((r: { rule: { id: string } }) => r.rule.id === 'botai-light-grid')
    const open = await host.ok('report', 'submit', reportOf({ categoryCode: 'stairwell_light' }), token['resident-a'])
    expect(open.handler.kind).toBe('community')
    const audits = await host.platform.store.collection('audit_log').count()
    const stale = await host.call(
      'admin',
      'removeRule',
      { id: 'botai-light-grid', expectedVersion: mine.version - 1 },
      token['street-admin'],
    )
    expect(stale.status).toBe(409)
    expect(await host.platform.store.collection('routing_rules').get('botai-light-grid')).not.toBeNull()
    expect(await host.platform.store.collection('audit_log').count()).toBe(audits)

    const requestId = newRequestId()
    const removed = await host.call(
      'admin',
      'removeRule',
      { id: 'botai-light-grid', expectedVersion: mine.version },
      token['street-admin'],
      requestId,
    )
    expect(removed.status).toBe(200)
    expect(await host.platform.store.collection('routing_rules').get('botai-light-grid')).toBeNull()
    const next = await host.ok('report', 'submit', reportOf({ categoryCode: 'stairwell_light' }), token['resident-a'])
    expect(next.handler.kind).toBe('property')
    expect((await host.platform.store.collection('workorders').get(open.id))?.handlerKind).toBe('community')
    const [row] = (await host.ok('admin', 'audit', { action: 'admin.removeRule' }, token['street-admin'])).items
    expect(row).toMatchObject({
      target: 'routing_rules/botai-light-grid',
      actorId: 'u-street-admin',
      before: expect.objectContaining({ handler: 'community', estateId: 'es-botai' }),
      after: null,
      requestId,
    })
  })
})

describe('categories', () => {
  test('deactivating a category refuses new reports of it and keeps its open orders working', async () => {
    const open = await host.ok('report', 'submit', reportOf({ categoryCode: 'water_leak' }), token['resident-a'])
    const list = await host.ok('admin', 'categories', {}, token['street-admin'])
    const leak = list.items.find((c: { category: { code: string } }) => c.category.code === 'water_leak')
    await host.ok(
      'admin',
      'saveCategory',
      { category: { ...leak.category, active: false }, expectedVersion: leak.version },
      token['street-admin'],
    )
    expect(
      (await host.call('report', 'submit', reportOf({ categoryCode: 'water_leak' }), token['resident-a'])).status,
    ).toBe(400)
    const detail = await host.ok('report', 'detail', { id: open.id }, token['resident-a'])
    expect(detail.categoryCode).toBe('water_leak')
    // the open order still works all the way: its holder acknowledges and resolves it under the
    // terms it took at submit, and the resident confirms
    const doc = (await host.platform.store.collection('workorders').get(open.id))!
    const holder = doc.handlerStaffId
      ? await host.platform.identity.issueToken!(String(doc.handlerStaffId))
      : token['community-admin']
    const snapshot = { categoryName: doc.categoryName, resolveBy: doc.resolveBy }
    await host.ok('workorder', 'acknowledge', { id: open.id }, holder)
    // the after-photo rule is the order's own (its snapshot), not the deactivated category's
    const photo = await uploadPng(host, holder)
    await host.ok('workorder', 'resolve', { id: open.id, note: '已关闭阀门并更换水管', photos: [photo] }, holder)
    await host.ok('report', 'confirm', { id: open.id }, token['resident-a'])
    const done = (await host.platform.store.collection('workorders').get(open.id))!
    expect(done).toMatchObject({ status: 'closed', categoryCode: 'water_leak', ...snapshot })
    const bad = await host.call(
      'admin',
      'saveCategory',
      {
        category: { ...leak.category, defaultHandler: 'department', departmentId: undefined },
        expectedVersion: leak.version + 1,
      },
      token['street-admin'],
    )
    expect(bad.status).toBe(400)
  })
})

describe('settings and 放假安排', () => {
  test('a 调休 workday entered for 2027 moves a deadline across New Year; the edit is audited', async () => {
    // Thursday 31 Dec, 17:00: 2 working hours to acknowledge; 1 Jan is off, then the weekend
    const before = await host.ok('report', 'submit', reportOf({ categoryCode: 'stairwell_light' }), token['resident-a'])
    const d1 = await host.ok('report', 'detail', { id: before.id }, token['resident-a'])
    expect(d1.acknowledgeBy).toBe(cst('2027-01-04T10:00:00').toISOString())

    const got = await host.ok('admin', 'holidays', { year: 2027 }, token['street-admin'])
    expect(got.arrangement).toBeNull()
    expect(got.notice).toContain('2027')
    await host.ok(
      'admin',
      'saveHolidays',
      { arrangement: { year: 2027, holidays: ['2027-01-01'], workdays: ['2027-01-02'], source: '测试用安排' } },
      token['street-admin'],
    )
    const after = await host.ok('report', 'submit', reportOf({ categoryCode: 'stairwell_light' }), token['resident-a'])
    const d2 = await host.ok('report', 'detail', { id: after.id }, token['resident-a'])
    expect(d2.acknowledgeBy).toBe(cst('2027-01-02T10:00:00').toISOString())
    const audit = await host.ok('admin', 'audit', { action: 'admin.saveHolidays' }, token['street-admin'])
    expect(audit.items).toHaveLength(1)
  })

  test('saveSettings keeps what it does not name, refuses bad values, and is version-guarded', async () => {
    const s0 = await host.ok('admin', 'settings', {}, token['street-admin'])
    const saved = await host.ok(
      'admin',
      'saveSettings',
      { settings: { reportsPerHour: 12 }, ...(s0.version ? { expectedVersion: s0.version } : {}) },
      token['street-admin'],
    )
    const s1 = await host.ok('admin', 'settings', {}, token['street-admin'])
    expect(s1.inForce.reportsPerHour).toBe(12)
    expect(s1.inForce.orderPrefix).toBe(s0.inForce.orderPrefix)
    expect(s1.version).toBe(saved.version)
    expect(
      (
        await host.call(
          'admin',
          'saveSettings',
          { settings: { orderPrefix: 'hb1' }, expectedVersion: s1.version },
          token['street-admin'],
        )
      ).status,
    ).toBe(400)
    expect(
      (
        await host.call(
          'admin',
          'saveSettings',
          { settings: { reportsPerHour: 5 }, expectedVersion: 1_000 },
          token['street-admin'],
        )
      ).status,
    ).toBe(409)
  })
})
