import { createManualClock } from '../../cloudfunctions/_platform/runtime/clock'
import { startTestHost, type TestHost } from '../support/test-host'

const DAY_MS = 86_400_000
const clock = createManualClock(new Date('2026-11-23T02:00:00Z'))
let host: TestHost
beforeAll(async () => {
  host = await startTestHost({ clock })
})
afterAll(async () => host.close())

describe('auth through the local host', () => {
  test('personas lists the demo personas', async () => {
    const personas = await host.ok<Array<{ key: string; kind: string; roles: string[] }>>('auth', 'personas')
    const keys = personas.map((p) => p.key)
    for (const key of ['resident-a', 'resident-b', 'grid-worker', 'property-staff', 'community-admin']) {
      expect(keys).toContain(key)
    }
    expect(personas.find((p) => p.key === 'property-staff')?.roles).toEqual(['property_staff'])
  })

  test('devLogin gives a token; me returns the caller and bound address', async () => {
    const token = await host.login('resident-a')
    const me = await host.ok('auth', 'me', {}, token)
    expect(me.user).toMatchObject({ _id: 'u-resident-a', kind: 'resident', name: '王秀兰' })
    expect(me.address).toMatchObject({
      estateId: 'es-botai',
      buildingId: 'bd-botai-3',
      label: '博泰佳苑 3号楼 2单元 501',
    })
    expect(me.user).not.toHaveProperty('_v')
  })

  test('resident-a and resident-b live in the same community, different estates', async () => {
    const a = await host.ok('auth', 'me', {}, await host.login('resident-a'))
    const b = await host.ok('auth', 'me', {}, await host.login('resident-b'))
    expect(a.address.communityId).toBe(b.address.communityId)
    expect(a.address.estateId).not.toBe(b.address.estateId)
  })

  test('staff me carries scopes', async () => {
    const me = await host.ok('auth', 'me', {}, await host.login('grid-worker'))
    expect(me.user.scopes).toEqual([{ role: 'grid_worker', orgId: 'gd-beiyuan-1' }])
    expect(me.address).toBeNull()
  })

  test('unknown persona is NOT_FOUND, a bad token is UNAUTHENTICATED', async () => {
    const unknown = await host.call('auth', 'devLogin', { persona: 'nobody' })
    expect(unknown.status).toBe(404)
    expect(unknown.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    const bad = await host.call('auth', 'me', {}, 'not-a-token')
    expect(bad.status).toBe(401)
    expect(bad.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } })
  })

  test('a token signed with another secret is refused', async () => {
    const { sign } = await import('hono/jwt')
    const forged = await sign({ sub: 'u-street-admin', exp: Math.floor(Date.now() / 1000) + 60 }, 'guess', 'HS256')
    expect((await host.call('auth', 'me', {}, forged)).status).toBe(401)
  })

  test('a token lives 30 days by the platform clock: within it the token works, past it the caller is refused', async () => {
    const issueToken = host.platform.identity.issueToken
    if (!issueToken) throw new Error('the local identity issues tokens')
    const start = clock.now()
    try {
      const token = await issueToken('u-resident-a')
      clock.advance(29 * DAY_MS)
      expect((await host.call('auth', 'me', {}, token)).status).toBe(200)
      clock.advance(2 * DAY_MS) // 31 days after issue
      const expired = await host.call('auth', 'me', {}, token)
      expect(expired.status).toBe(401)
      expect(expired.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
      // a guarded action refuses it too: nothing is done for the expired holder
      const acted = await host.call('report', 'mine', {}, token)
      expect(acted.status).toBe(401)
      // a token issued now, by the same clock, works again
      expect((await host.call('auth', 'me', {}, await issueToken('u-resident-a'))).status).toBe(200)
    } finally {
      clock.set(start)
    }
  })
})
