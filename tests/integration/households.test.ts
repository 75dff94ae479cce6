/**
 * Households through the host: consent first, binding, verification only within the verifier's
 * scope, a resident's houses only for that resident, the current house as the user's address.
 */
import { requireVerifiedHousehold } from '../../cloudfunctions/_services/households'
import { consentNow, newResident } from '../support/accounts'
import { newRequestId, reportOf } from '../support/report-helpers'
import { startTestHost, type TestHost } from '../support/test-host'

let host: TestHost
beforeAll(async () => {
  host = await startTestHost()
})
afterAll(async () => host.close())

const bindOf = (over: Record<string, unknown> = {}) => ({
  requestId: newRequestId(),
  buildingId: 'bd-botai-2',
  unit: '1单元',
  room: '301',
  relation: 'owner',
  name: '测试住户',
  phone: '13900000001',
  ...over,
})

async function consentedResident(name?: string) {
  const r = await newResident(host, name)
  await consentNow(host, r.token)
  return r
}

describe('places', () => {
  test('the tree of the caller street: community › estate (with its grid) › building', async () => {
    const r = await newResident(host)
    const tree = await host.ok('household', 'places', {}, r.token)
    expect(tree.communities.map((c: { name: string }) => c.name).sort()).toEqual(['北苑社区', '南湖社区'].sort())
    const beiyuan = tree.communities.find((c: { id: string }) => c.id === 'cm-beiyuan')
    const botai = beiyuan.estates.find((e: { id: string }) => e.id === 'es-botai')
    expect(botai).toMatchObject({ name: '博泰佳苑', gridId: 'gd-beiyuan-1' })
    expect(botai.buildings.map((b: { name: string }) => b.name)).toEqual([
      '1号楼',
      '2号楼',
      '3号楼',
      '4号楼',
      '5号楼',
      '6号楼',
    ])
    // nothing but ids and names: no people, no rooms
    expect(JSON.stringify(tree)).not.toMatch(/"u-|phone|room/)
  })
})

describe('consent comes first', () => {
  test('binding without consent to the current notice is refused in Chinese; consent to an old one is refused', async () => {
    const r = await newResident(host)
    const refused = await host.call('household', 'bind', bindOf(), r.token)
    expect(refused.status).toBe(403)
    expect(refused.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(!refused.body.ok && refused.body.error.message).toMatch(/隐私保护说明/)
    expect(await host.ok('household', 'mine', {}, r.token)).toEqual({ items: [] })

    const notice = await host.ok('auth', 'privacy', {})
    expect(notice.version).toEqual(expect.any(String))
    expect(notice.text).toMatch(/手机号/)
    const stale = await host.call('auth', 'consent', { version: 'old' }, r.token)
    expect(stale.status).toBe(409)
    expect((await host.call('household', 'bind', bindOf(), r.token)).status).toBe(403)

    await host.ok('auth', 'consent', { version: notice.version }, r.token)
    const bound = await host.ok('household', 'bind', bindOf(), r.token)
    expect(bound).toMatchObject({ status: 'pending', statusLabel: '待核实', current: true })
  })

  test('a new notice version asks again', async () => {
    const r = await consentedResident()
    await host.platform.store.collection('settings').insert({ _id: 'privacy', version: '2099-01-01', text: '新版说明' })
    try {
      expect(await host.ok('auth', 'privacy', {})).toEqual({ version: '2099-01-01', text: '新版说明' })
      expect((await host.call('household', 'bind', bindOf(), r.token)).status).toBe(403)
      await consentNow(host, r.token)
      expect((await host.call('household', 'bind', bindOf({ room: '909' }), r.token)).status).toBe(200)
    } finally {
      await host.platform.store.collection('settings').remove('privacy')
    }
  })
})

describe('binding', () => {
  test('idempotent on requestId; the same room again is a conflict; several houses are allowed', async () => {
    const r = await consentedResident()
    const input = bindOf({ room: '402' })
    const first = await host.ok('household', 'bind', input, r.token)
    const again = await host.ok('household', 'bind', input, r.token)
    expect(again.id).toBe(first.id)
    const dup = await host.call('household', 'bind', bindOf({ room: '402' }), r.token)
    expect(dup.status).toBe(409)
    await host.ok('household', 'bind', bindOf({ buildingId: 'bd-jinyu-1', room: '101' }), r.token)
    const mine = await host.ok('household', 'mine', {}, r.token)
    expect(mine.items).toHaveLength(2)
    expect(mine.items.filter((h: { current: boolean }) => h.current).map((h: { id: string }) => h.id)).toEqual([
      first.id,
    ])
  })

  test('bad input is INVALID_INPUT: phone format, a unit the building lacks, an unknown building', async () => {
    const r = await consentedResident()
    for (const bad of [
      bindOf({ phone: '12345' }),
      bindOf({ phone: '23900000001' }),
      bindOf({ unit: '9单元' }),
      bindOf({ buildingId: 'bd-nowhere' }),
      bindOf({ relation: 'landlord' }),
      bindOf({ name: '' }),
    ]) {
      const res = await host.call('household', 'bind', bad, r.token)
      expect({ bad, status: res.status, code: res.body.ok ? 'OK' : res.body.error.code }).toEqual({
        bad,
        status: 400,
        code: 'INVALID_INPUT',
      })
    }
    expect((await host.ok('household', 'mine', {}, r.token)).items).toEqual([])
  })

  test('a resident never sees, switches to or unbinds another resident’s house', async () => {
    const a = await consentedResident('住户甲')
    const b = await consentedResident('住户乙')
    const ha = await host.ok('household', 'bind', bindOf({ room: '1701', name: '住户甲' }), a.token)
    const seenByB = await host.ok('household', 'mine', {}, b.token)
    expect(JSON.stringify(seenByB)).not.toContain(ha.id)
    expect(JSON.stringify(seenByB)).not.toContain('住户甲')
    expect((await host.call('household', 'setCurrent', { id: ha.id }, b.token)).status).toBe(404)
    expect((await host.call('household', 'unbind', { id: ha.id }, b.token)).status).toBe(404)
    const still = await host.ok('household', 'mine', {}, a.token)
    expect(still.items).toMatchObject([{ id: ha.id, status: 'pending', current: true }])
    // staff have no 'mine' of households, and a resident no pending list
    expect((await host.call('household', 'pending', {}, a.token)).status).toBe(403)
  })
})

describe('verification', () => {
  test('only the grid worker of that grid, or its community, sees and decides a pending binding', async () => {
    const r = await consentedResident('金域住户')
    // 金域华府 is in 北苑社区第二网格: not the persona grid worker's grid (第一网格)
    const h = await host.ok(
      'household',
      'bind',
      bindOf({ buildingId: 'bd-jinyu-3', room: '803', name: '金域住户' }),
      r.token,
    )
    const gridWorker = await host.login('grid-worker')
    const ownList = await host.ok('household', 'pending', {}, gridWorker)
    expect(ownList.items.map((x: { id: string }) => x.id)).not.toContain(h.id)
    const refused = await host.call('household', 'verify', { id: h.id, decision: 'approve' }, gridWorker)
    expect(refused.status).toBe(404)
    // 南湖's community admin is not 北苑's
    const nanhuAdmin = await host.platform.identity.issueToken!('u-ca-nanhu')
    expect(
      (await host.ok('household', 'pending', {}, nanhuAdmin)).items.map((x: { id: string }) => x.id),
    ).not.toContain(h.id)
    expect((await host.call('household', 'verify', { id: h.id, decision: 'approve' }, nanhuAdmin)).status).toBe(404)
    expect((await host.ok('household', 'mine', {}, r.token)).items[0].status).toBe('pending')

    // the grid leader of 北苑 sees it, with the phone masked
    const leader = await host.login('grid-leader')
    const leaderList = await host.ok('household', 'pending', {}, leader)
    const row = leaderList.items.find((x: { id: string }) => x.id === h.id)
    expect(row).toMatchObject({ label: '金域华府 3号楼 1单元 803', name: '金域住户', phone: '139****0001' })
    expect(JSON.stringify(leaderList)).not.toContain('13900000001')
    // the grid's own worker decides
    const own = await host.platform.identity.issueToken!('u-gw-beiyuan-2')
    expect((await host.ok('household', 'pending', {}, own)).items.map((x: { id: string }) => x.id)).toContain(h.id)
    await host.ok('household', 'verify', { id: h.id, decision: 'approve' }, own)
    const twice = await host.call('household', 'verify', { id: h.id, decision: 'reject', reason: '重复' }, own)
    expect(twice.status).toBe(409)
  })

  test('approval makes the house the resident’s address; unbinding clears it', async () => {
    const r = await consentedResident()
    const before = await host.ok('auth', 'me', {}, r.token)
    expect(before.address).toBeNull()
    const h = await host.ok('household', 'bind', bindOf({ room: '1202' }), r.token)
    // a pending house is the address reports come from, marked unverified
    await expect(requireVerifiedHousehold(host.platform.store, { ...callerOf(r.id) })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
    await host.ok('household', 'verify', { id: h.id, decision: 'approve' }, await host.login('grid-worker'))
    const me = await host.ok('auth', 'me', {}, r.token)
    expect(me.address).toMatchObject({
      buildingId: 'bd-botai-2',
      estateId: 'es-botai',
      gridId: 'gd-beiyuan-1',
      communityId: 'cm-beiyuan',
      label: '博泰佳苑 2号楼 1单元 1202',
    })
    const verified = await requireVerifiedHousehold(host.platform.store, callerOf(r.id))
    expect(verified._id).toBe(h.id)

    await host.ok('household', 'unbind', { id: h.id }, r.token)
    expect((await host.ok('auth', 'me', {}, r.token)).address).toBeNull()
    expect((await host.ok('household', 'mine', {}, r.token)).items).toEqual([])
    await expect(requireVerifiedHousehold(host.platform.store, callerOf(r.id))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
  })

  test('a verified house replaces a pending current one; setCurrent switches; a rejected house never is current', async () => {
    const r = await consentedResident()
    const gw = await host.login('grid-worker')
    const p = await host.ok('household', 'bind', bindOf({ room: '601' }), r.token)
    const v = await host.ok('household', 'bind', bindOf({ room: '602' }), r.token)
    expect((await host.ok('auth', 'me', {}, r.token)).address.room).toBe('601')
    await host.ok('household', 'verify', { id: v.id, decision: 'approve' }, gw)
    expect((await host.ok('auth', 'me', {}, r.token)).address.room).toBe('602')
    await host.ok('household', 'setCurrent', { id: p.id }, r.token)
    expect((await host.ok('auth', 'me', {}, r.token)).address.room).toBe('601')
    await host.ok('household', 'verify', { id: p.id, decision: 'reject', reason: '房号与底册不符' }, gw)
    expect((await host.ok('auth', 'me', {}, r.token)).address.room).toBe('602')
    expect((await host.call('household', 'setCurrent', { id: p.id }, r.token)).status).toBe(409)
  })

  test('a rejection needs a reason and tells the resident why', async () => {
    const r = await consentedResident()
    const gw = await host.login('grid-worker')
    const h = await host.ok('household', 'bind', bindOf({ room: '2301' }), r.token)
    const noReason = await host.call('household', 'verify', { id: h.id, decision: 'reject' }, gw)
    expect(noReason.status).toBe(400)
    await host.ok('household', 'verify', { id: h.id, decision: 'reject', reason: '该楼没有23层' }, gw)
    const mine = await host.ok('household', 'mine', {}, r.token)
    expect(mine.items[0]).toMatchObject({ status: 'rejected', rejectReason: '该楼没有23层', current: false })
    const outbox = await host.ok('auth', 'messages', { limit: 50 }, r.token)
    expect(outbox.items[0]).toMatchObject({ kind: 'household.rejected' })
    expect(outbox.items[0].body).toContain('该楼没有23层')
    expect((await host.ok('auth', 'me', {}, r.token)).address).toBeNull()
  })
})

describe('reports of unverified residents', () => {
  test('an unverified resident may report from their pending house; staff see 未核实住户, a verified one not', async () => {
    const r = await consentedResident('未核实居民')
    await host.ok('household', 'bind', bindOf({ buildingId: 'bd-botai-4', room: '1101' }), r.token)
    const pending = await host.ok('report', 'submit', reportOf({ buildingId: 'bd-botai-4' }), r.token)
    const verified = await host.ok(
      'report',
      'submit',
      reportOf({ buildingId: 'bd-botai-3' }),
      await host.login('resident-a'),
    )
    const inbox = await host.ok(
      'workorder',
      'inbox',
      { filter: 'all', limit: 50 },
      await host.login('property-manager'),
    )
    const row = (id: string) => inbox.items.find((o: { id: string }) => o.id === id)
    expect(row(pending.id)).toMatchObject({ unverifiedReporter: true })
    expect(row(verified.id)).toMatchObject({ unverifiedReporter: false })
    // the resident's own list does not carry the staff-only flag
    const mine = await host.ok('report', 'mine', {}, r.token)
    expect(mine.items[0]).not.toHaveProperty('unverifiedReporter')
  })
})

describe('同问 needs a verified household', () => {
  test('an unverified resident of the building sees no candidates and cannot follow; once verified, both work', async () => {
    const neighbourReport = await host.ok(
      'report',
      'submit',
      reportOf({ buildingId: 'bd-botai-3', categoryCode: 'water_leak' }),
      await host.login('resident-a'),
    )
    const r = await consentedResident('待核实邻居')
    const bound = await host.ok('household', 'bind', bindOf({ buildingId: 'bd-botai-3', room: '1202' }), r.token)
    const similar = await host.ok('report', 'similar', { categoryCode: 'water_leak' }, r.token)
    expect(similar.items).toEqual([])
    const refused = await host.call('report', 'follow', { id: neighbourReport.id }, r.token)
    expect(refused.status).toBe(403)
    expect(refused.body).toMatchObject({ ok: false, error: { message: expect.stringMatching(/已核实/) } })
    expect(await host.platform.store.collection('follows').count({ orderId: neighbourReport.id })).toBe(0)

    await host.ok('household', 'verify', { id: bound.id, decision: 'approve' }, await host.login('grid-worker'))
    const after = await host.ok('report', 'similar', { categoryCode: 'water_leak' }, r.token)
    expect(after.items.map((o: { id: string }) => o.id)).toContain(neighbourReport.id)
    expect(await host.ok('report', 'follow', { id: neighbourReport.id }, r.token)).toMatchObject({ followed: true })
  })
})

describe('the demo street', () => {
  test('seeded residents hold a verified current house that is their address', async () => {
    const token = await host.login('resident-a')
    const mine = await host.ok('household', 'mine', {}, token)
    expect(mine.items).toMatchObject([{ status: 'verified', current: true, label: '博泰佳苑 3号楼 2单元 501' }])
    const me = await host.ok('auth', 'me', {}, token)
    expect(me.address.label).toBe('博泰佳苑 3号楼 2单元 501')
    await expect(requireVerifiedHousehold(host.platform.store, callerOf('u-resident-a'))).resolves.toMatchObject({
      status: 'verified',
    })
  })
})

function callerOf(userId: string) {
  return { userId, name: '', kind: 'resident' as const, roles: ['resident' as const], scopes: [] }
}
