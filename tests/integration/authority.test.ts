/**
 * Authority over orders, through the host: a transfer goes only to an org that serves the order's
 * place (P1-5); 退回 after 签收 is the holder's alone (P2-18); the transition table refuses a change
 * it does not allow, the system's included, and nothing is written (P1-7).
 */

import { escalateChange, reopenChange } from '../../cloudfunctions/_core/workflow'
import { createManualClock } from '../../cloudfunctions/_platform/runtime/clock'
import { actAsSystem, commitChange, eventsOf, loadOrder } from '../../cloudfunctions/_services/orders'
import { clearReferenceCache } from '../../cloudfunctions/_services/reference-cache'
import type { Caller } from '../../types/identity'
import { onlyPersonaOnDutyAtBotai, reportOf } from '../support/report-helpers'
import { startTestHost, type TestHost } from '../support/test-host'

const clock = createManualClock(new Date('2026-11-23T02:00:00Z')) // Monday 10:00 in China
let host: TestHost
const token: Record<string, string> = {}

beforeAll(async () => {
  host = await startTestHost({ clock })
  for (const p of ['resident-a', 'property-staff', 'property-manager', 'community-admin', 'street-admin']) {
    token[p] = await host.login(p)
  }
  // staff who are no demo persona: 高师傅 of 南湖物业 (u-ps-3) and 田师傅, a colleague at 博泰佳苑 (u-ps-5)
  for (const id of ['u-ps-3', 'u-ps-5']) token[id] = await host.platform.identity.issueToken!(id)
  await onlyPersonaOnDutyAtBotai(host)
})
afterAll(async () => host.close())

const codeOf = async (fn: string, action: string, data: unknown, who: string) => {
  const { body } = await host.call(fn, action, data, token[who])
  return body.ok ? 'OK' : body.error.code
}
async function submit() {
  clock.advance(7 * 60_000)
  return host.ok('report', 'submit', reportOf(), token['resident-a'])
}

describe('transfers go only where they belong (P1-5)', () => {
  test('the holder at 博泰佳苑物业 cannot hand the order to another community’s company, whose staff still cannot open it', async () => {
    const order = await submit()
    expect(order.handler).toMatchObject({ orgId: 'pc-botai', staffId: 'u-property-staff' })

    const { orgs } = await host.ok('workorder', 'targets', { id: order.id }, token['property-staff'])
    expect(orgs.map((o: { id: string }) => o.id).sort()).toEqual(
      ['cm-beiyuan', 'gd-beiyuan-1', 'dp-chengguan', 'dp-gas', 'dp-safety', 'dp-water'].sort(),
    )

    const probe = { id: order.id, toKind: 'property', toOrgId: 'pc-nanhu', reason: '转给南湖物业' }
    expect(await codeOf('workorder', 'transfer', probe, 'property-staff')).toBe('INVALID_INPUT')
    expect(await codeOf('workorder', 'detail', { id: order.id }, 'u-ps-3')).toBe('FORBIDDEN')
    expect(await codeOf('workorder', 'targets', { id: order.id }, 'u-ps-3')).toBe('FORBIDDEN')
    // the 楼栋's own grid of another community is no target either
    expect(
      await codeOf('workorder', 'transfer', { ...probe, toKind: 'grid', toOrgId: 'gd-nanhu-1' }, 'property-staff'),
    ).toBe('INVALID_INPUT')
    const after = await loadOrder(host.platform.store, order.id)
    expect(after).toMatchObject({ handlerOrgId: 'pc-botai', status: 'assigned', _v: 1 })
    expect(await host.platform.store.collection('outbox').count({ toUserId: 'u-ps-3' })).toBe(0)
  })

  test('a valid transfer moves the handler, never the community; an admin may pick any org of the street', async () => {
    const order = await submit()
    await host.ok(
      'workorder',
      'transfer',
      { id: order.id, toKind: 'grid', toOrgId: 'gd-beiyuan-1', reason: '公共区域，请网格员处理' },
      token['property-staff'],
    )
    expect(await loadOrder(host.platform.store, order.id)).toMatchObject({
      handlerOrgId: 'gd-beiyuan-1',
      communityId: 'cm-beiyuan',
      estateId: 'es-botai',
    })
    const admin = await host.ok('workorder', 'targets', { id: order.id }, token['community-admin'])
    expect(admin.orgs.map((o: { id: string }) => o.id)).toEqual(expect.arrayContaining(['pc-nanhu', 'gd-nanhu-1']))
    await host.ok(
      'workorder',
      'transfer',
      { id: order.id, toKind: 'property', toOrgId: 'pc-nanhu', reason: '由南湖物业代管' },
      token['community-admin'],
    )
    expect(await loadOrder(host.platform.store, order.id)).toMatchObject({
      handlerOrgId: 'pc-nanhu',
      communityId: 'cm-beiyuan',
      estateId: 'es-botai',
      gridId: 'gd-beiyuan-1',
    })
  })

  test('吹哨 only to the street’s departments', async () => {
    const order = await submit()
    const whistle = { id: order.id, departmentId: 'pc-nanhu', note: '请协助处理' }
    expect(await codeOf('workorder', 'whistle', whistle, 'community-admin')).toBe('INVALID_INPUT')
    expect(await codeOf('workorder', 'whistle', { ...whistle, departmentId: 'dp-chengguan' }, 'community-admin')).toBe(
      'OK',
    )
  })
})

describe('退回 after 签收 is the holder’s alone (P2-18)', () => {
  test('a colleague cannot return an order someone else has 签收; the holder can', async () => {
    const order = await submit()
    await host.ok('workorder', 'acknowledge', { id: order.id }, token['property-staff'])
    const probe = { id: order.id, reason: '不是我们的活' }
    expect(await codeOf('workorder', 'return', probe, 'u-ps-5')).toBe('FORBIDDEN')
    expect(await codeOf('workorder', 'return', probe, 'property-manager')).toBe('FORBIDDEN')
    const seen = await host.ok('workorder', 'detail', { id: order.id }, token['u-ps-5'])
    expect(seen.actions).not.toContain('return')
    expect((await loadOrder(host.platform.store, order.id)).status).toBe('acknowledged')
    expect(await codeOf('workorder', 'return', probe, 'property-staff')).toBe('OK')
  })

  test('before anyone holds it (the pool) a colleague may return it', async () => {
    await host.platform.store
      .collection('memberships')
      .patch('u-property-staff:pc-botai:property_staff', { onDuty: false })
    clearReferenceCache(host.platform.store) // rosters are reference data: a direct write must say so
    try {
      const order = await submit()
      expect(order.handler.staffId).toBeUndefined()
      expect(await codeOf('workorder', 'return', { id: order.id, reason: '非物业职责' }, 'u-ps-5')).toBe('OK')
    } finally {
      await host.platform.store
        .collection('memberships')
        .patch('u-property-staff:pc-botai:property_staff', { onDuty: true })
      clearReferenceCache(host.platform.store)
    }
  })
})

describe('a change the table does not allow cannot be written (P1-7)', () => {
  const eventCount = async (id: string) => eventsOf(host.platform.store).count({ orderId: id })

  test('the system cannot escalate a closed order, nor a person take the system’s step', async () => {
    const order = await submit()
    await host.ok('report', 'cancel', { id: order.id }, token['resident-a'])
    const closed = await loadOrder(host.platform.store, order.id)
    const events = await eventCount(order.id)
    const step = {
      toLevel: 1 as const,
      rung: 'supervisor' as const,
      notify: { role: 'property_manager' as const, orgId: 'pc-botai' },
      nextDeadline: clock.now().toISOString(),
      note: '升级',
    }
    await expect(actAsSystem(host.platform, '系统', closed, escalateChange(step))).rejects.toMatchObject({
      code: 'CONFLICT',
    })

    const open = await loadOrder(host.platform.store, (await submit()).id)
    const admin: Caller = {
      userId: 'u-some-street-admin',
      name: '街道管理员',
      kind: 'staff',
      roles: ['street_admin'],
      scopes: [{ role: 'street_admin', orgId: 'st-haibei' }],
    }
    // a street admin may whistle, but may not rung the ladder in their own name
    await expect(
      commitChange(host.platform.store, { caller: admin }, open, escalateChange(step), clock.now()),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' })

    expect(await loadOrder(host.platform.store, order.id)).toMatchObject({ _v: closed._v, status: 'cancelled' })
    expect(await eventCount(order.id)).toBe(events)
    expect(await loadOrder(host.platform.store, open._id)).toMatchObject({ _v: open._v, escalationLevel: 0 })
  })

  test('a reopen’s 督办 is the system’s step: the reporter cannot write it in their own name', async () => {
    const order = await loadOrder(host.platform.store, (await submit()).id)
    const resolved = { ...order, status: 'resolved' as const, reopenCount: 3 }
    const reporter: Caller = {
      userId: order.reporterId,
      name: order.reporterName,
      kind: 'resident',
      roles: ['resident'],
      scopes: [],
    }
    const change = reopenChange(resolved, '还是不亮', { acknowledgeBy: 'a', resolveBy: 'b' })
    expect(change.events.map((e) => e.action)).toEqual(['reopen', 'supervise'])
    const forged = { ...change, events: change.events.map(({ system: _s, ...e }) => e) }
    await expect(
      commitChange(host.platform.store, { caller: reporter }, resolved, forged, clock.now()),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect((await loadOrder(host.platform.store, order._id))._v).toBe(order._v)
  })
})
