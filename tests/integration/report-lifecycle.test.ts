/**
 * The life of a report through the host: idempotent submit, one-tap acknowledge with a lost race,
 * resolve with an after-photo, rating, reopen (and 督办 after more than 3), 同问, cancel, privacy
 * between residents and staff, the hourly limit, patrol reports and the whistle.
 */
import { createManualClock } from '../../cloudfunctions/_platform/runtime/clock'
import { newRequestId, onlyPersonaOnDutyAtBotai, reportOf, uploadPng } from '../support/report-helpers'
import { startTestHost, type TestHost } from '../support/test-host'

const clock = createManualClock(new Date('2026-11-23T02:00:00Z')) // Monday 10:00 in China
let host: TestHost
const token: Record<string, string> = {}
beforeAll(async () => {
  host = await startTestHost({ clock })
  for (const p of [
    'resident-a',
    'resident-b',
    'property-staff',
    'property-manager',
    'grid-worker',
    'community-admin',
    'dept-officer',
  ]) {
    token[p] = await host.login(p)
  }
  await onlyPersonaOnDutyAtBotai(host)
})
afterAll(async () => host.close())

async function submit(persona = 'resident-a', overrides = {}) {
  clock.advance(7 * 60_000)
  return host.ok('report', 'submit', reportOf(overrides), token[persona])
}
const codeOf = async (fn: string, action: string, data: unknown, persona: string) => {
  const { body } = await host.call(fn, action, data, token[persona])
  return body.ok ? 'OK' : body.error.code
}

describe('submit', () => {
  test('is idempotent on requestId: a retry and a double tap make one order', async () => {
    const input = reportOf({ requestId: newRequestId() })
    clock.advance(7 * 60_000)
    const [a, b] = await Promise.all([
      host.ok('report', 'submit', input, token['resident-a']),
      host.ok('report', 'submit', input, token['resident-a']),
    ])
    const c = await host.ok('report', 'submit', input, token['resident-a'])
    expect(b.id).toBe(a.id)
    expect(c).toEqual(a)
    const mine = await host.ok('report', 'mine', {}, token['resident-a'])
    expect(mine.items.filter((o: { id: string }) => o.id === a.id)).toHaveLength(1)
  })

  test('bad input is a clear Chinese error and writes nothing', async () => {
    const before = await host.platform.store.collection('workorders').count()
    const { status, body } = await host.call(
      'report',
      'submit',
      { ...reportOf(), description: '' },
      token['resident-a'],
    )
    expect(status).toBe(400)
    expect(body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    if (!body.ok) expect(body.error.message).toMatch(/描述/)
    const unknown = await host.call(
      'report',
      'submit',
      reportOf({ categoryCode: 'no_such_thing' }),
      token['resident-a'],
    )
    expect(unknown.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '没有这个报事类别' } })
    const notMine = await host.call(
      'report',
      'submit',
      reportOf({ photos: ['f_0000000000000000'] }),
      token['resident-a'],
    )
    expect(notMine.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    const blocked = await host.call(
      'report',
      'submit',
      reportOf({ description: '楼下有人聚众赌博' }),
      token['resident-a'],
    )
    expect(blocked.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await host.platform.store.collection('workorders').count()).toBe(before)
  })

  test('a photo uploaded by someone else cannot be attached', async () => {
    const theirs = await uploadPng(host, token['resident-b'])
    const { body } = await host.call('report', 'submit', reportOf({ photos: [theirs] }), token['resident-a'])
    expect(body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })
})

describe('staff acting on one order', () => {
  test('two simultaneous acknowledgements: one wins, the other is CONFLICT', async () => {
    const order = await submit()
    expect(order.handler.staffId).toBe('u-property-staff')
    const results = await Promise.all([
      host.call('workorder', 'acknowledge', { id: order.id }, token['property-staff']),
      host.call('workorder', 'acknowledge', { id: order.id }, token['property-staff']),
    ])
    const codes = results.map((r) => (r.body.ok ? 'OK' : r.body.error.code)).sort()
    expect(codes).toEqual(['CONFLICT', 'OK'])
    const detail = await host.ok('workorder', 'detail', { id: order.id }, token['property-staff'])
    expect(detail.status).toBe('acknowledged')
    expect(detail.timeline.filter((e: { action: string }) => e.action === 'acknowledge')).toHaveLength(1)
  })

  test('acknowledge racing a manager’s transfer: exactly one change lands, never a mixed order', async () => {
    const order = await submit()
    const detail = await host.ok('workorder', 'detail', { id: order.id }, token['property-manager'])
    const [ack, move] = await Promise.all([
      host.call('workorder', 'acknowledge', { id: order.id, version: detail.version }, token['property-staff']),
      host.call(
        'workorder',
        'transfer',
        {
          id: order.id,
          version: detail.version,
          toKind: 'grid',
          toOrgId: 'gd-beiyuan-1',
          reason: '属公共区域，转网格员协调',
        },
        token['property-manager'],
      ),
    ])
    expect([ack.body.ok, move.body.ok].filter(Boolean)).toHaveLength(1)
    const after = await host.ok('workorder', 'detail', { id: order.id }, token['community-admin'])
    if (ack.body.ok)
      expect(after).toMatchObject({ status: 'acknowledged', handler: { orgName: '博泰佳苑物业服务中心' } })
    else expect(after).toMatchObject({ status: 'assigned', handler: { staffName: '张伟' } })
  })

  test('a stale version is CONFLICT', async () => {
    const order = await submit()
    const { body } = await host.call('workorder', 'acknowledge', { id: order.id, version: 99 }, token['property-staff'])
    expect(body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })
})

describe('the whole way round', () => {
  test('resolve needs an after-photo, the resident rates, the timeline has every step', async () => {
    const photo = await uploadPng(host, token['resident-a'])
    const order = await submit('resident-a', { photos: [photo] })
    await host.ok('workorder', 'acknowledge', { id: order.id }, token['property-staff'])
    await host.ok('workorder', 'progress', { id: order.id, note: '已到现场，需更换灯具' }, token['property-staff'])
    const noPhoto = await host.call('workorder', 'resolve', { id: order.id, note: '已更换' }, token['property-staff'])
    expect(noPhoto.body).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '此类问题办结需上传处理后照片' },
    })
    const after = await uploadPng(host, token['property-staff'])
    await host.ok(
      'workorder',
      'resolve',
      { id: order.id, note: '已更换LED声控灯', photos: [after] },
      token['property-staff'],
    )
    const resolved = await host.ok('report', 'detail', { id: order.id }, token['resident-a'])
    expect(resolved.status).toBe('resolved')
    expect(resolved.actions).toEqual(expect.arrayContaining(['confirm', 'rate', 'reopen']))
    expect(resolved.afterPhotoUrls).toHaveLength(1)
    expect(resolved.handler).toMatchObject({
      staffName: '刘师傅',
      phoneMasked: expect.stringMatching(/^\d{3}\*{4}\d{4}$/),
    })
    await host.ok(
      'report',
      'rate',
      { id: order.id, stars: 5, tags: ['响应及时'], comment: '修得很快' },
      token['resident-a'],
    )
    const done = await host.ok('report', 'detail', { id: order.id }, token['resident-a'])
    expect(done).toMatchObject({ status: 'closed', rating: { stars: 5, tags: ['响应及时'] } })
    expect(done.timeline.map((e: { action: string }) => e.action)).toEqual([
      'submit',
      'dispatch',
      'acknowledge',
      'progress',
      'resolve',
      'rate',
    ])
    expect(await codeOf('report', 'rate', { id: order.id, stars: 4 }, 'resident-a')).toBe('CONFLICT')
    const outbox = await host.ok('auth', 'messages', { limit: 50 }, token['resident-a'])
    const templates = outbox.items.map((m: { kind: string }) => m.kind)
    expect(templates).toEqual(expect.arrayContaining(['workorder.acknowledged', 'workorder.resolved']))
  })

  test('reopen sends it back with a reason; more than 3 reopens puts it under supervision', async () => {
    const order = await submit()
    await host.ok('workorder', 'acknowledge', { id: order.id }, token['property-staff'])
    for (let round = 1; round <= 4; round++) {
      const photo = await uploadPng(host, token['property-staff'])
      await host.ok(
        'workorder',
        'resolve',
        { id: order.id, note: `第${round}次处理`, photos: [photo] },
        token['property-staff'],
      )
      const reopened = await host.ok('report', 'reopen', { id: order.id, reason: '灯还是不亮' }, token['resident-a'])
      expect(reopened.status).toBe('assigned')
      const d = await host.ok('report', 'detail', { id: order.id }, token['resident-a'])
      expect(d.reopenCount).toBe(round)
      expect(d.supervised).toBe(round > 3)
      if (round < 4) await host.ok('workorder', 'acknowledge', { id: order.id }, token['property-staff'])
    }
    const d = await host.ok('workorder', 'detail', { id: order.id }, token['community-admin'])
    expect(d.timeline.filter((e: { action: string }) => e.action === 'reopen')).toHaveLength(4)
    expect(d.timeline.filter((e: { action: string }) => e.action === 'supervise')).toHaveLength(1)
    const outbox = await host.ok('auth', 'messages', { limit: 50 }, token['community-admin'])
    expect(outbox.items.map((m: { kind: string }) => m.kind)).toContain('workorder.supervised')
  })

  test('reopen needs a reason', async () => {
    const order = await submit()
    expect(await codeOf('report', 'reopen', { id: order.id, reason: '' }, 'resident-a')).toBe('INVALID_INPUT')
  })

  test('cancel works before acknowledgement only', async () => {
    const first = await submit()
    expect((await host.ok('report', 'cancel', { id: first.id }, token['resident-a'])).status).toBe('cancelled')
    const second = await submit()
    await host.ok('workorder', 'acknowledge', { id: second.id }, token['property-staff'])
    expect(await codeOf('report', 'cancel', { id: second.id }, 'resident-a')).toBe('CONFLICT')
  })
})

describe('同问 (me too)', () => {
  test('a neighbour in the building sees the open report redacted, follows it, and hears when it is acknowledged', async () => {
    // u-r-0005 lives in resident-a's building (博泰佳苑 3号楼); resident-b lives in another estate
    const neighbour = await host.platform.identity.issueToken!('u-r-0005')
    const photo = await uploadPng(host, token['resident-a'])
    const order = await submit('resident-a', {
      categoryCode: 'water_leak',
      description: '3号楼顶楼漏水，家里501室，电话13904730101找我',
      photos: [photo],
    })
    const similar = await host.ok('report', 'similar', { categoryCode: 'water_leak' }, neighbour)
    const found = similar.items.find((o: { id: string }) => o.id === order.id)
    expect(found).toMatchObject({ description: '', addressLabel: '博泰佳苑 3号楼', handlerStaffName: '' })
    const stranger = await host.ok(
      'report',
      'similar',
      { buildingId: 'bd-botai-3', categoryCode: 'water_leak' },
      token['resident-b'],
    )
    expect(stranger.items.some((o: { id: string }) => o.id === order.id)).toBe(false)
    expect(await codeOf('report', 'follow', { id: order.id }, 'resident-b')).toBe('FORBIDDEN')
    const { body: before } = await host.call('report', 'detail', { id: order.id }, neighbour)
    expect(before).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    await host.ok('report', 'follow', { id: order.id }, neighbour)
    await host.ok('report', 'follow', { id: order.id }, neighbour)
    const mine = await host.ok('report', 'mine', {}, neighbour)
    const row = mine.items.find((o: { id: string }) => o.id === order.id)
    expect(row).toMatchObject({ followed: true, followerCount: 1, description: '', addressLabel: '博泰佳苑 3号楼' })
    const seen = await host.ok('report', 'detail', { id: order.id }, neighbour)
    expect(seen).toMatchObject({ description: '', reporterName: '', reporterPhone: null, photoUrls: [], actions: [] })
    expect(seen.timeline.map((e: { action: string }) => e.action)).not.toContain('submit')
    expect(seen.timeline.every((e: { actorName: string; note: string }) => e.actorName === '' && e.note === '')).toBe(
      true,
    )
    expect(seen.timeline.flatMap((e: { photoUrls: string[] }) => e.photoUrls)).toEqual([])
    expect(JSON.stringify(seen)).not.toMatch(/501|13904730101|0101|王秀兰|顶楼漏水/)
    // the reporter sees that someone followed, but not who
    const own = await host.ok('report', 'detail', { id: order.id }, token['resident-a'])
    const followRow = own.timeline.find((e: { action: string }) => e.action === 'follow')
    expect(followRow).toMatchObject({ actorName: '', note: '' })
    await host.ok('workorder', 'acknowledge', { id: order.id }, token['property-staff'])
    const outbox = await host.ok('auth', 'messages', { limit: 50 }, neighbour)
    const told = outbox.items.find((m: { kind: string }) => m.kind === 'workorder.acknowledged')
    expect(told).toBeDefined()
    expect(JSON.stringify(told)).not.toMatch(/刘师傅|501|1390473|王秀兰/)
    const { body: confirm } = await host.call('report', 'confirm', { id: order.id }, neighbour)
    expect(confirm).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})

describe('privacy and scope', () => {
  test("resident-b is denied resident-a's order everywhere", async () => {
    const order = await submit()
    for (const [fn, action, data] of [
      ['report', 'detail', { id: order.id }],
      ['report', 'confirm', { id: order.id }],
      ['report', 'cancel', { id: order.id }],
      ['report', 'reopen', { id: order.id, reason: '我觉得没修好' }],
      ['report', 'rate', { id: order.id, stars: 1 }],
    ] as const) {
      expect(`${fn}.${action}:${await codeOf(fn, action, data, 'resident-b')}`).toBe(`${fn}.${action}:FORBIDDEN`)
    }
    expect(await codeOf('workorder', 'detail', { id: order.id }, 'resident-b')).toBe('FORBIDDEN')
    const mine = await host.ok('report', 'mine', {}, token['resident-b'])
    expect(mine.items.some((o: { id: string }) => o.id === order.id)).toBe(false)
  })

  test('staff see the reporter’s phone only while they hold the order', async () => {
    const order = await submit()
    const holder = await host.ok('workorder', 'detail', { id: order.id }, token['property-staff'])
    expect(holder.reporterPhone).toMatch(/^1\d{10}$/)
    const manager = await host.ok('workorder', 'detail', { id: order.id }, token['property-manager'])
    expect(manager.reporterPhone).toMatch(/^\d{3}\*{4}\d{4}$/)
    expect(await codeOf('workorder', 'detail', { id: order.id }, 'grid-worker')).toBe('FORBIDDEN')
    expect(await codeOf('workorder', 'acknowledge', { id: order.id }, 'property-manager')).toBe('FORBIDDEN')
  })

  test('the inbox lists only the caller’s scope, nearest deadline first', async () => {
    const inbox = await host.ok('workorder', 'inbox', { filter: 'todo' }, token['property-staff'])
    expect(inbox.items.length).toBeGreaterThan(0)
    const deadlines = inbox.items.map((o: { nextDeadline: string }) => o.nextDeadline)
    expect([...deadlines].sort()).toEqual(deadlines)
    const other = await host.ok('workorder', 'inbox', { filter: 'all' }, token['grid-worker'])
    expect(other.items.every((o: { handlerOrgName: string }) => o.handlerOrgName !== '博泰佳苑物业服务中心')).toBe(true)
    expect(await codeOf('workorder', 'inbox', {}, 'resident-a')).toBe('FORBIDDEN')
  })

  test('more than 10 reports in an hour is RATE_LIMITED', async () => {
    const t = await host.login('resident-c')
    clock.advance(2 * 3_600_000)
    for (let i = 0; i < 10; i++) await host.ok('report', 'submit', reportOf({ buildingId: 'bd-hexie-2' }), t)
    const { status, body } = await host.call('report', 'submit', reportOf({ buildingId: 'bd-hexie-2' }), t)
    expect(status).toBe(429)
    expect(body).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
    clock.advance(3_600_000 + 1000)
    await host.ok('report', 'submit', reportOf({ buildingId: 'bd-hexie-2' }), t)
  })
})

describe('grid worker and community', () => {
  test('a patrol report is a work order with source patrol', async () => {
    const buildings = await host.ok('workorder', 'buildings', {}, token['grid-worker'])
    expect(buildings.items.map((b: { id: string }) => b.id)).toContain('bd-botai-1')
    const out = await host.ok(
      'workorder',
      'patrol',
      {
        requestId: newRequestId(),
        categoryCode: 'clutter',
        buildingId: 'bd-botai-1',
        description: '1号楼楼道堆放纸箱',
        photos: [],
      },
      token['grid-worker'],
    )
    const d = await host.ok('workorder', 'detail', { id: out.id }, token['grid-worker'])
    // never routed back to the grid worker who filed it (his grid has no other): the community dispatches it
    expect(d).toMatchObject({ source: 'patrol', status: 'assigned', handler: { kind: 'community' } })
    expect(d.handler.staffName).not.toBe('张伟')
    expect(
      await codeOf(
        'workorder',
        'patrol',
        { requestId: newRequestId(), categoryCode: 'clutter', buildingId: 'bd-botai-1', description: '测试' },
        'property-staff',
      ),
    ).toBe('FORBIDDEN')
    // another grid's building is not this grid worker's to patrol
    const elsewhere = {
      requestId: newRequestId(),
      categoryCode: 'clutter',
      buildingId: 'bd-jinyu-5',
      description: '楼道堆物',
    }
    expect(await codeOf('workorder', 'patrol', elsewhere, 'grid-worker')).toBe('FORBIDDEN')
  })

  test('吹哨: the community admin pulls in a department, which 报到', async () => {
    const order = await submit('resident-a', { categoryCode: 'clutter', channel: 'grid' })
    const targets = await host.ok('workorder', 'targets', { id: order.id }, token['community-admin'])
    expect(
      targets.orgs.some((o: { id: string; kind: string }) => o.id === 'dp-chengguan' && o.kind === 'department'),
    ).toBe(true)
    expect(
      await codeOf(
        'workorder',
        'escalate',
        { id: order.id, departmentId: 'dp-chengguan', note: '需城管清理' },
        'grid-worker',
      ),
    ).toBe('FORBIDDEN')
    await host.ok(
      'workorder',
      'whistle',
      { id: order.id, departmentId: 'dp-chengguan', note: '楼道堆物需城管协助清理' },
      token['community-admin'],
    )
    const deptInbox = await host.ok('workorder', 'inbox', { filter: 'todo' }, token['dept-officer'])
    expect(deptInbox.items.map((o: { id: string }) => o.id)).toContain(order.id)
    await host.ok('workorder', 'whistleReport', { id: order.id }, token['dept-officer'])
    const d = await host.ok('workorder', 'detail', { id: order.id }, token['community-admin'])
    expect(d.whistle).toMatchObject({ departmentName: '街道城管中队', reportedAt: expect.any(String) })
    expect(d.timeline.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['whistle', 'whistle_report']),
    )
  })

  test('驳回: the community closes a duplicate with a reason; the resident is told; a grid worker may not', async () => {
    const order = await submit('resident-a', { categoryCode: 'noise', channel: 'grid' })
    expect(await codeOf('workorder', 'reject', { id: order.id, reason: '重复报事' }, 'grid-worker')).toBe('FORBIDDEN')
    expect(
      (
        await host.ok(
          'workorder',
          'reject',
          { id: order.id, reason: '与HB-0001重复，已合并处理' },
          token['community-admin'],
        )
      ).status,
    ).toBe('rejected')
    const d = await host.ok('report', 'detail', { id: order.id }, token['resident-a'])
    expect(d).toMatchObject({ status: 'rejected', statusGroup: 'closed', actions: [] })
    expect(d.timeline.at(-1)).toMatchObject({ action: 'reject', note: '与HB-0001重复，已合并处理' })
  })

  test('退回 then the community re-dispatches it', async () => {
    const order = await submit('resident-a', { categoryCode: 'noise', channel: 'grid' })
    await host.ok('workorder', 'return', { id: order.id, reason: '属于物业管理范围' }, token['grid-worker'])
    const returned = await host.ok('workorder', 'detail', { id: order.id }, token['community-admin'])
    expect(returned.status).toBe('returned')
    expect(returned.actions).toEqual(expect.arrayContaining(['transfer', 'reject']))
    await host.ok(
      'workorder',
      'transfer',
      { id: order.id, toKind: 'property', toOrgId: 'pc-botai', reason: '夜间装修噪音，请物业劝导' },
      token['community-admin'],
    )
    const moved = await host.ok('workorder', 'detail', { id: order.id }, token['property-staff'])
    expect(moved).toMatchObject({ status: 'assigned', handler: { orgName: '博泰佳苑物业服务中心' } })
  })
})

describe('duty and the pool (抢单)', () => {
  test('with nobody on duty an order waits in the pool; two grab at once and one wins', async () => {
    const helper = 'u-ps-5:pc-botai:property_staff' // 田师傅, already off duty in this file's setup
    expect((await host.platform.store.collection('memberships').get(helper))?.onDuty).toBe(false)
    expect(await host.ok('workorder', 'duty', { onDuty: false }, token['property-staff'])).toEqual({ onDuty: false })
    expect((await host.ok('workorder', 'inbox', {}, token['property-staff'])).onDuty).toBe(false)
    expect((await host.ok('workorder', 'inbox', {}, token['community-admin'])).onDuty).toBeNull()
    const order = await submit()
    expect(order.handler.staffId).toBeUndefined()
    // the resident reads a plain sentence; staff see 抢单池 in their inbox
    expect(order.reason).toContain('等待工作人员接单')
    const pool = await host.ok('workorder', 'inbox', { filter: 'pool' }, token['property-staff'])
    expect(pool.items.find((o: { id: string }) => o.id === order.id)).toMatchObject({ pool: true })
    expect(pool.counts.pool).toBeGreaterThan(0)
    const results = await Promise.all([
      host.call('workorder', 'grab', { id: order.id }, token['property-staff']),
      host.call('workorder', 'grab', { id: order.id }, token['property-manager']),
    ])
    expect(results.map((r) => (r.body.ok ? 'OK' : r.body.error.code)).sort()).toEqual(['CONFLICT', 'OK'])
    const d = await host.ok('workorder', 'detail', { id: order.id }, token['community-admin'])
    expect(d.status).toBe('acknowledged')
    expect(['刘师傅', '孙经理']).toContain(d.handler.staffName)
    await host.ok('workorder', 'duty', { onDuty: true }, token['property-staff'])
    expect((await submit()).handler.staffId).toBe('u-property-staff')
    expect(await codeOf('workorder', 'duty', { onDuty: false }, 'community-admin')).toBe('FORBIDDEN')
  })
})
