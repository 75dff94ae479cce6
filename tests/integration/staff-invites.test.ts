/**
 * Staff onboarding through the host: invites only within the inviter's orgs, single use (also when
 * two redeem at once), a 7-day expiry on the injected clock, the bootstrap code, and a removed staff
 * member refused at once with their open orders back in the org's pool.
 */
import { createManualClock } from '../../cloudfunctions/_platform/runtime/clock'
import { ensureBootstrapInvite, inviteIdOf } from '../../cloudfunctions/_services/invites'
import { newResident } from '../support/accounts'
import { reportOf } from '../support/report-helpers'
import { startTestHost, type TestHost } from '../support/test-host'

const clock = createManualClock(new Date('2026-12-01T02:00:00Z'))
let host: TestHost
beforeAll(async () => {
  host = await startTestHost({ clock })
})
afterAll(async () => host.close())

const codeOf = (res: { body: { ok: boolean; error?: { code: string } } }) =>
  res.body.ok ? 'OK' : (res.body as { error: { code: string } }).error.code

describe('invites', () => {
  test('a community admin invites a grid worker of its grid; the redeemer acts in that grid at once', async () => {
    const admin = await host.login('community-admin')
    const inv = await host.ok('org', 'invite', { role: 'grid_worker', gridId: 'gd-beiyuan-2' }, admin)
    expect(inv.code).toMatch(/^[0-9A-Z]{10}$/)
    expect(Date.parse(inv.expiresAt) - clock.now().getTime()).toBe(7 * 86_400_000)
    const p = await newResident(host, '新网格员')
    expect((await host.call('household', 'pending', {}, p.token)).status).toBe(403)
    const redeemed = await host.ok('auth', 'redeemInvite', { code: inv.code.toLowerCase() }, p.token)
    expect(redeemed).toMatchObject({ role: 'grid_worker', orgId: 'gd-beiyuan-2' })
    const me = await host.ok('auth', 'me', {}, p.token)
    expect(me.user).toMatchObject({ kind: 'staff', scopes: [{ role: 'grid_worker', orgId: 'gd-beiyuan-2' }] })
    expect((await host.call('household', 'pending', {}, p.token)).status).toBe(200)
    const list = await host.ok('org', 'staff', { orgId: 'gd-beiyuan-2' }, admin)
    expect(list.items.map((s: { userId: string }) => s.userId)).toContain(p.id)
    // the code is not stored: nothing in the invites collection carries it
    const stored = await host.platform.store.collection('invites').find({ limit: 100 })
    expect(JSON.stringify(stored.items)).not.toContain(inv.code)
  })

  test('a second redeem of one code is refused and changes nothing', async () => {
    const inv = await host.ok('org', 'invite', { role: 'grid_leader' }, await host.login('community-admin'))
    const first = await newResident(host)
    const second = await newResident(host)
    await host.ok('auth', 'redeemInvite', { code: inv.code }, first.token)
    const again = await host.call('auth', 'redeemInvite', { code: inv.code }, second.token)
    expect({ status: again.status, code: codeOf(again) }).toEqual({ status: 409, code: 'CONFLICT' })
    const me = await host.ok('auth', 'me', {}, second.token)
    expect(me.user).toMatchObject({ kind: 'resident', scopes: [] })
  })

  test('two redeems of one code at the same moment make one staff member', async () => {
    const inv = await host.ok('org', 'invite', { role: 'property_staff' }, await host.login('property-manager'))
    const people = await Promise.all([1, 2, 3, 4].map(() => newResident(host)))
    const results = await Promise.all(people.map((p) => host.call('auth', 'redeemInvite', { code: inv.code }, p.token)))
    expect(results.map(codeOf).sort()).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'OK'])
    const members = await host.platform.store
      .collection('memberships')
      .find({ where: { userId: { in: people.map((p) => p.id) } } })
    expect(members.items).toHaveLength(1)
  })

  test('an expired invite is refused (7 days on the injected clock)', async () => {
    const inv = await host.ok('org', 'invite', { role: 'property_staff' }, await host.login('property-manager'))
    clock.advance(7 * 86_400_000 + 1000)
    try {
      const p = await newResident(host)
      const res = await host.call('auth', 'redeemInvite', { code: inv.code }, p.token)
      expect({ status: res.status, code: codeOf(res) }).toEqual({ status: 403, code: 'FORBIDDEN' })
      expect(!res.body.ok && res.body.error.message).toMatch(/过期/)
      expect((await host.ok('auth', 'me', {}, p.token)).user.scopes).toEqual([])
    } finally {
      clock.advance(-(7 * 86_400_000 + 1000))
    }
  })

  test('an unknown code is NOT_FOUND; a malformed one INVALID_INPUT', async () => {
    const p = await newResident(host)
    expect(codeOf(await host.call('auth', 'redeemInvite', { code: 'ZZZZZZZZZZ' }, p.token))).toBe('NOT_FOUND')
    expect(codeOf(await host.call('auth', 'redeemInvite', { code: '邀请码邀请码' }, p.token))).toBe('INVALID_INPUT')
  })

  test.each([
    ['community-admin', { role: 'grid_worker', gridId: 'gd-nanhu-1' }, 'FORBIDDEN'], // another community's grid
    ['community-admin', { role: 'street_admin' }, 'INVALID_INPUT'], // has no street scope to default to
    ['community-admin', { role: 'street_admin', orgId: 'st-haibei' }, 'FORBIDDEN'],
    ['community-admin', { role: 'property_staff', orgId: 'pc-botai' }, 'FORBIDDEN'],
    ['community-admin', { role: 'grid_worker' }, 'INVALID_INPUT'], // which grid?
    ['community-admin', { role: 'grid_worker', gridId: 'pc-botai' }, 'INVALID_INPUT'], // not a grid
    ['property-manager', { role: 'property_staff', orgId: 'pc-jinyu' }, 'FORBIDDEN'], // another company
    ['property-manager', { role: 'grid_worker', gridId: 'gd-beiyuan-1' }, 'FORBIDDEN'],
    ['street-admin', { role: 'department_officer', orgId: 'dp-gas' }, 'OK'],
    ['street-admin', { role: 'grid_worker', gridId: 'gd-nanhu-3' }, 'OK'],
    ['community-admin', { role: 'community_admin' }, 'OK'],
    ['property-manager', { role: 'property_manager' }, 'OK'],
  ])('%s invites %j → %s', async (persona, input, expected) => {
    expect(codeOf(await host.call('org', 'invite', input, await host.login(persona)))).toBe(expected)
  })

  test('org.staff lists only orgs the caller manages', async () => {
    const admin = await host.login('community-admin')
    const own = await host.ok('org', 'staff', {}, admin)
    expect(own.orgId).toBe('cm-beiyuan')
    expect(own.items.map((s: { userId: string }) => s.userId)).toEqual(
      expect.arrayContaining(['u-community-admin', 'u-grid-leader']),
    )
    expect(codeOf(await host.call('org', 'staff', { orgId: 'pc-botai' }, admin))).toBe('FORBIDDEN')
    expect(codeOf(await host.call('org', 'staff', { orgId: 'gd-nanhu-1' }, admin))).toBe('FORBIDDEN')
    const pm = await host.ok('org', 'staff', {}, await host.login('property-manager'))
    expect(pm.items.map((s: { name: string }) => s.name)).toEqual(expect.arrayContaining(['刘师傅', '孙经理']))
    expect(JSON.stringify(pm)).not.toMatch(/1380473/)
  })

  test('未使用的邀请码: listed (never the code) to who may manage them; 作废 makes one unredeemable', async () => {
    const admin = await host.login('community-admin')
    const grid = await host.ok('org', 'invite', { role: 'grid_worker', gridId: 'gd-beiyuan-2' }, admin)
    const leader = await host.ok('org', 'invite', { role: 'grid_leader' }, admin)
    const used = await host.ok('org', 'invite', { role: 'grid_leader' }, admin)
    await host.ok('auth', 'redeemInvite', { code: used.code }, (await newResident(host)).token)
    const idsFor = async (persona: string) =>
      (await host.ok('org', 'invites', {}, await host.login(persona))).items.map((i: { id: string }) => i.id)

    const list = await host.ok('org', 'invites', {}, admin)
    const ids = list.items.map((i: { id: string }) => i.id)
    expect(ids).toEqual(expect.arrayContaining([inviteIdOf(grid.code), inviteIdOf(leader.code)]))
    expect(ids).not.toContain(inviteIdOf(used.code))
    expect(list.items.find((i: { id: string }) => i.id === inviteIdOf(grid.code))).toMatchObject({
      role: 'grid_worker',
      roleLabel: '网格员',
      orgId: 'gd-beiyuan-2',
      createdByName: '周敏',
      expiresAt: grid.expiresAt,
    })
    for (const code of [grid.code, leader.code]) expect(JSON.stringify(list)).not.toContain(code)
    // the street admin manages them too; the property manager does not
    expect(await idsFor('street-admin')).toEqual(expect.arrayContaining([inviteIdOf(grid.code)]))
    expect(await idsFor('property-manager')).not.toContain(inviteIdOf(grid.code))
    expect(codeOf(await host.call('org', 'invites', {}, await host.login('resident-a')))).toBe('FORBIDDEN')

    // 作废: only by who may manage it, once; the code is refused afterwards
    const pm = await host.login('property-manager')
    expect(codeOf(await host.call('org', 'revokeInvite', { id: inviteIdOf(leader.code) }, pm))).toBe('NOT_FOUND')
    expect(await host.ok('org', 'revokeInvite', { id: inviteIdOf(leader.code) }, admin)).toMatchObject({
      status: 'revoked',
    })
    expect(await idsFor('community-admin')).not.toContain(inviteIdOf(leader.code))
    const late = await host.call('auth', 'redeemInvite', { code: leader.code }, (await newResident(host)).token)
    expect({ code: codeOf(late), message: !late.body.ok && late.body.error.message }).toEqual({
      code: 'CONFLICT',
      message: expect.stringContaining('作废'),
    })
    expect(codeOf(await host.call('org', 'revokeInvite', { id: inviteIdOf(leader.code) }, admin))).toBe('CONFLICT')
    expect(codeOf(await host.call('org', 'revokeInvite', { id: inviteIdOf(used.code) }, admin))).toBe('CONFLICT')

    // an expired invite is no longer listed
    clock.advance(7 * 86_400_000 + 1000)
    try {
      expect(await idsFor('community-admin')).not.toContain(inviteIdOf(grid.code))
    } finally {
      clock.advance(-(7 * 86_400_000 + 1000))
    }
  })
})

describe('the bootstrap code', () => {
  test('makes one street admin of the only street, once, across restarts', async () => {
    const now = clock.now()
    expect(await ensureBootstrapInvite(host.platform.store, { code: 'first-admin-2026' }, now)).toBe('created')
    expect(await ensureBootstrapInvite(host.platform.store, { code: 'first-admin-2026' }, now)).toBe('exists')
    expect(await ensureBootstrapInvite(host.platform.store, { code: 'short' }, now)).toBe('skipped')
    expect(await ensureBootstrapInvite(host.platform.store, {}, now)).toBe('skipped')
    const first = await newResident(host, '街道管理员甲')
    await host.ok('auth', 'redeemInvite', { code: 'first-admin-2026' }, first.token)
    expect((await host.ok('auth', 'me', {}, first.token)).user.scopes).toEqual([
      { role: 'street_admin', orgId: 'st-haibei' },
    ])
    // a restart after use does not open it again
    expect(await ensureBootstrapInvite(host.platform.store, { code: 'first-admin-2026' }, now)).toBe('exists')
    const second = await newResident(host)
    expect(codeOf(await host.call('auth', 'redeemInvite', { code: 'first-admin-2026' }, second.token))).toBe('CONFLICT')
  })
})

describe('removing staff', () => {
  test('the removed person is refused at once; their open orders go back to the pool with a timeline event', async () => {
    const resident = await host.login('resident-a')
    const gw = await host.login('grid-worker')
    const order = await host.ok('report', 'submit', reportOf({ categoryCode: 'noise', channel: 'grid' }), resident)
    expect(await host.platform.store.collection('workorders').get(order.id)).toMatchObject({
      handlerStaffId: 'u-grid-worker',
    })
    await host.ok('workorder', 'acknowledge', { id: order.id }, gw)

    const admin = await host.login('community-admin')
    // another community's admin cannot remove them
    const nanhu = await host.platform.identity.issueToken!('u-ca-nanhu')
    expect(codeOf(await host.call('org', 'removeStaff', { userId: 'u-grid-worker' }, nanhu))).toBe('NOT_FOUND')
    expect(codeOf(await host.call('org', 'removeStaff', { userId: 'u-community-admin' }, admin))).toBe('FORBIDDEN')

    const out = await host.ok('org', 'removeStaff', { userId: 'u-grid-worker' }, admin)
    expect(out).toMatchObject({ removed: [{ role: 'grid_worker', orgId: 'gd-beiyuan-1' }], released: 1 })

    // at once: the same token no longer carries the role
    for (const [fn, act, data] of [
      ['workorder', 'inbox', {}],
      ['workorder', 'detail', { id: order.id }],
      ['household', 'pending', {}],
    ] as const) {
      expect({ at: `${fn}.${act}`, code: codeOf(await host.call(fn, act, data, gw)) }).toEqual({
        at: `${fn}.${act}`,
        code: 'FORBIDDEN',
      })
    }
    const saved = await host.platform.store.collection('workorders').get(order.id)
    expect(saved).toMatchObject({ status: 'assigned', handlerStaffId: '', handlerOrgId: 'gd-beiyuan-1' })
    const events = await host.platform.store
      .collection('workorder_events')
      .find({ where: { orderId: order.id }, orderBy: [['at', 'asc']] })
    const release = events.items.find((e) => e.action === 'release')
    expect(release).toMatchObject({ actorRole: 'system', fromStatus: 'acknowledged', toStatus: 'assigned' })
    expect(release?.note).toContain('周敏')
    const list = await host.ok('org', 'staff', { orgId: 'gd-beiyuan-1' }, admin)
    expect(list.items.map((s: { userId: string }) => s.userId)).not.toContain('u-grid-worker')
  })
})
