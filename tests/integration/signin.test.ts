/**
 * Self-hosted sign-in through the host over HTTP, with a fake WeChat server standing in for WeChat:
 * auth.wxLogin (one user per openid, opaque ids, no session_key or secret ever returned), the access
 * token fetched once and reused, msg_sec_check v2 guarding a submit, subscribe messages sent;
 * staff password login with lockout and unlock by the clock, change, scoped admin reset with a
 * one-time temporary password; a deactivated or deleted user refused even with a valid token.
 */
import { createManualClock } from '../../cloudfunctions/_platform/runtime/clock'
import { type FakeWechat, startFakeWechat } from '../support/fake-wechat-server'
import { onlyPersonaOnDutyAtBotai, reportOf } from '../support/report-helpers'
import { startTestHost, type TestHost } from '../support/test-host'

const APPID = 'wx-test-app'
const SECRET = 'test-app-secret-0123456789'
const RISKY = '违规样例词'
const clock = createManualClock(new Date('2026-11-23T02:00:00Z')) // Monday 10:00 in China
const saved = { ...process.env }
let fake: FakeWechat
let host: TestHost

beforeAll(async () => {
  fake = await startFakeWechat({ appid: APPID, secret: SECRET, risky: [RISKY] })
  process.env.XIAOBEI_WECHAT_API_BASE = fake.url
  process.env.XIAOBEI_WECHAT_APPID = APPID
  process.env.XIAOBEI_WECHAT_SECRET = SECRET
  process.env.XIAOBEI_SUBSCRIBE_TEMPLATES = JSON.stringify({
    'workorder.acknowledged': { templateId: 'tmpl-ack', fields: { thing1: 'title', thing2: 'body' } },
  })
  host = await startTestHost({ clock })
  await onlyPersonaOnDutyAtBotai(host)
})
afterAll(async () => {
  await host?.close()
  await fake?.close()
  process.env = saved
})

const wxLogin = (code: string) => host.call<{ token: string; user: { _id: string } }>('auth', 'wxLogin', { code })
const userIdOf = async (persona: string) =>
  String((await host.platform.store.collection('users').find({ where: { persona }, limit: 1 })).items[0]._id)

describe('auth.wxLogin', () => {
  test('the first sign-in creates a resident with an opaque id; the next finds the same user', async () => {
    const first = await wxLogin('code-alice-1')
    expect(first.status).toBe(200)
    if (!first.body.ok) throw new Error(first.body.error.message)
    const id = first.body.data.user._id
    expect(id).not.toContain('o-alice')
    expect(id.startsWith('wx:')).toBe(false)
    const second = await host.ok('auth', 'wxLogin', { code: 'code-alice-2' })
    expect(second.user._id).toBe(id)
    const stored = await host.platform.store.collection('users').find({ where: { openid: 'o-alice' } })
    expect(stored.items.map((u) => u._id)).toEqual([id])
    // the token works, and the exchange went to WeChat with the app's credentials
    expect((await host.ok('auth', 'me', {}, second.token)).user._id).toBe(id)
    expect(fake.calls('/sns/jscode2session')[0].query).toMatchObject({
      appid: APPID,
      js_code: 'code-alice-1',
      grant_type: 'authorization_code',
    })
  })

  test('neither the session_key nor the app secret ever comes back', async () => {
    const { body } = await wxLogin('code-bob-1')
    const text = JSON.stringify(body)
    for (const key of fake.sessionKeys) expect(text).not.toContain(key)
    expect(text).not.toContain(SECRET)
    expect(text).not.toContain('session_key')
  })

  test('two simultaneous first sign-ins of one person make one user', async () => {
    const [a, b] = await Promise.all([
      host.ok('auth', 'wxLogin', { code: 'code-carol-1' }),
      host.ok('auth', 'wxLogin', { code: 'code-carol-2' }),
    ])
    expect(a.user._id).toBe(b.user._id)
    expect(await host.platform.store.collection('users').count({ openid: 'o-carol' })).toBe(1)
  })

  test('a bad or used code is a clear 401, never INTERNAL', async () => {
    const bad = await wxLogin('bad-code')
    expect(bad.status).toBe(401)
    expect(bad.body).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: expect.stringContaining('微信登录凭证') },
    })
    const used = await wxLogin('code-alice-1')
    expect(used.status).toBe(401)
  })

  test('without WeChat credentials the server says so', async () => {
    const wechat = host.platform.wechat
    delete host.platform.wechat
    try {
      const { status, body } = await wxLogin('code-dave-1')
      expect(status).toBe(403)
      expect(body).toMatchObject({ ok: false, error: { message: expect.stringContaining('XIAOBEI_WECHAT_APPID') } })
    } finally {
      host.platform.wechat = wechat
    }
  })
})

describe('WeChat for content checks and notifications', () => {
  let resident: string
  let residentId: string
  beforeAll(async () => {
    const login = await host.ok('auth', 'wxLogin', { code: 'code-erin-1' })
    resident = login.token
    residentId = login.user._id
    // give the new resident a bound address (the household flow binds one)
    const sample = await host.platform.store.collection('users').get(await userIdOf('resident-a'))
    await host.platform.store.collection('users').patch(residentId, { address: sample!.address })
  })

  test('risky text is refused by msg_sec_check v2 with the author openid; nothing is filed', async () => {
    const { status, body } = await host.call(
      'report',
      'submit',
      reportOf({ description: `楼道里有人${RISKY}` }),
      resident,
    )
    expect(status).toBe(400)
    expect(body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    const check = fake.calls('/wxa/msg_sec_check').at(-1)!
    expect(check.body).toMatchObject({ openid: 'o-erin', version: 2, scene: expect.any(Number) })
    expect(check.body.content).toContain(RISKY)
    expect((await host.ok('report', 'mine', {}, resident)).items ?? []).toHaveLength(0)
  })

  test('a clean report passes; its acknowledgement reaches the resident as a subscribe message', async () => {
    const order = await host.ok('report', 'submit', reportOf(), resident)
    const staff = await host.login('property-staff')
    await host.ok('workorder', 'acknowledge', { id: order.id }, staff)
    const sends = fake.calls('/cgi-bin/message/subscribe/send')
    expect(sends.map((s) => s.body)).toContainEqual(
      expect.objectContaining({
        touser: 'o-erin',
        template_id: 'tmpl-ack',
        data: expect.objectContaining({ thing1: expect.anything() }),
      }),
    )
  })

  test('the access token is fetched once and reused, renewed before expiry and after WeChat revokes it', async () => {
    expect(fake.calls('/cgi-bin/token')).toHaveLength(1)
    expect(
      fake.calls('/wxa/msg_sec_check').length + fake.calls('/cgi-bin/message/subscribe/send').length,
    ).toBeGreaterThan(2)
    // every call carried the one token
    const used = new Set(fake.requests.filter((r) => r.query.access_token).map((r) => r.query.access_token))
    expect(used.size).toBe(1)
    // close to WeChat's 7200 s expiry a new one is fetched
    clock.advance(7200_000 - 60_000)
    await host.ok('report', 'submit', reportOf(), resident)
    expect(fake.calls('/cgi-bin/token')).toHaveLength(2)
    // a token WeChat no longer accepts is replaced once, and the call still succeeds
    fake.revokeTokens()
    clock.advance(10 * 60_000)
    await host.ok('report', 'submit', reportOf(), resident)
    expect(fake.calls('/cgi-bin/token')).toHaveLength(3)
  })
})

test('the phone-number button code is exchanged through the port with the cached token', async () => {
  const tokens = fake.calls('/cgi-bin/token').length
  const phone = await host.platform.wechat!.phoneNumber('phone-code-1')
  expect(phone).toMatchObject({ purePhoneNumber: '13800001111', countryCode: '86' })
  const call = fake.calls('/wxa/business/getuserphonenumber').at(-1)!
  expect(call.body).toEqual({ code: 'phone-code-1' })
  expect(call.query.access_token).toMatch(/^token-/)
  expect(fake.calls('/cgi-bin/token')).toHaveLength(tokens)
})

describe('staff passwords', () => {
  let admin: string
  let gridWorkerId: string
  let temporary: string
  let account: string
  const login = (password: string, who = account) => host.call('auth', 'passwordLogin', { account: who, password })

  beforeAll(async () => {
    admin = await host.login('street-admin')
    gridWorkerId = await userIdOf('grid-worker')
  })

  test('demo staff have no password: a login fails with the same message as an unknown account', async () => {
    const unknown = await login('whatever-123', 'nobody-here')
    const noPassword = await login('whatever-123', gridWorkerId)
    expect(unknown.status).toBe(401)
    expect(noPassword.body).toEqual(unknown.body)
  })

  test('an admin reset gives a one-time temporary password, shown once and stored only as a hash', async () => {
    const reset = await host.ok('auth', 'resetPassword', { userId: gridWorkerId }, admin)
    account = reset.account
    temporary = reset.temporaryPassword
    expect(temporary.length).toBeGreaterThanOrEqual(12)
    const stored = await host.platform.store.collection('logins').find({ where: { userId: gridWorkerId } })
    expect(JSON.stringify(stored.items)).not.toContain(temporary)
    expect(String(stored.items[0].hash)).toMatch(/^scrypt\$/)
    const first = await host.ok('auth', 'passwordLogin', { account, password: temporary })
    expect(first).toMatchObject({ user: { _id: gridWorkerId }, mustChangePassword: true })
    // one-time: the same temporary password does not open the account again
    expect((await login(temporary)).status).toBe(401)
    await expect(host.ok('workorder', 'inbox', {}, first.token)).resolves.toBeDefined()
    // change it (the temporary password is still the old one)
    const weak = await host.call('auth', 'changePassword', { old: temporary, new: '12345678' }, first.token)
    expect(weak.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    await host.ok('auth', 'changePassword', { old: temporary, new: 'Lamp-fix-2026' }, first.token)
    expect((await login('Lamp-fix-2026')).status).toBe(200)
  })

  test('a wrong password and an unknown account give the same answer', async () => {
    const wrong = await login('Not-the-password-1')
    const unknown = await login('Not-the-password-1', 'no-such-account')
    expect(wrong.status).toBe(401)
    expect(wrong.body).toEqual(unknown.body)
  })

  test('five failures lock the account for 15 minutes, even against the right password', async () => {
    await login('Lamp-fix-2026') // a success clears the count
    for (let i = 0; i < 4; i++) expect((await login(`wrong-pass-${i}`)).status).toBe(401)
    const fifth = await login('wrong-pass-4')
    expect(fifth.status).toBe(429)
    const locked = await login('Lamp-fix-2026')
    expect(locked.status).toBe(429)
    clock.advance(14 * 60_000)
    expect((await login('Lamp-fix-2026')).status).toBe(429)
    clock.advance(61_000)
    expect((await login('Lamp-fix-2026')).status).toBe(200)
  })

  test('a reset is allowed only within the admin scope', async () => {
    const codeOf = async (persona: string, target: string) => {
      const { body } = await host.call(
        'auth',
        'resetPassword',
        { userId: await userIdOf(target) },
        await host.login(persona),
      )
      return body.ok ? 'OK' : body.error.code
    }
    expect(await codeOf('community-admin', 'grid-worker')).toBe('OK')
    expect(await codeOf('property-manager', 'property-staff')).toBe('OK')
    expect(await codeOf('property-manager', 'grid-worker')).toBe('FORBIDDEN')
    expect(await codeOf('community-admin', 'property-staff')).toBe('FORBIDDEN')
    expect(await codeOf('community-admin', 'street-admin')).toBe('FORBIDDEN')
    expect(await codeOf('community-admin', 'community-admin')).toBe('FORBIDDEN')
    expect(await codeOf('street-admin', 'resident-a')).toBe('FORBIDDEN')
    expect(await codeOf('grid-worker', 'property-staff')).toBe('FORBIDDEN')
    expect(await codeOf('resident-a', 'grid-worker')).toBe('FORBIDDEN')
  })
})

describe('deactivated and deleted users', () => {
  test('a valid token of a deactivated or deleted user is refused on the next call', async () => {
    for (const [code, change] of [
      ['code-frank-1', { disabled: true }],
      ['code-grace-1', { deletedAt: '2026-11-23T03:00:00.000Z' }],
    ] as const) {
      const { token, user } = await host.ok('auth', 'wxLogin', { code })
      expect((await host.call('auth', 'me', {}, token)).status).toBe(200)
      await host.platform.store.collection('users').patch(user._id, change)
      const after = await host.call('auth', 'me', {}, token)
      expect(after.status).toBe(401)
      // and signing in again does not bring them back
      expect((await wxLogin(code.replace('-1', '-2'))).body.ok).toBe(false)
    }
  })
})
