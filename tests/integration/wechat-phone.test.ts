/**
 * household.phoneFromWechat on the self-hosted runtime: the phone-number button's code goes through
 * the WeChat API port (getuserphonenumber, with the access token) to a fake WeChat server; the phone
 * comes back for the bind form and is kept as the phone WeChat confirmed, which is what lets the
 * community's roster verify a binding at once. Bad codes and foreign numbers are clear refusals.
 */
import { consentNow, newResident } from '../support/accounts'
import { type FakeWechat, startFakeWechat } from '../support/fake-wechat-server'
import { newRequestId } from '../support/report-helpers'
import { uploadRoster } from '../support/roster-file'
import { startTestHost, type TestHost } from '../support/test-host'

const APPID = 'wx-phone-app'
const SECRET = 'phone-app-secret-0123456789'
const saved = { ...process.env }
let fake: FakeWechat
let host: TestHost

beforeAll(async () => {
  fake = await startFakeWechat({ appid: APPID, secret: SECRET })
  process.env.XIAOBEI_WECHAT_API_BASE = fake.url
  process.env.XIAOBEI_WECHAT_APPID = APPID
  process.env.XIAOBEI_WECHAT_SECRET = SECRET
  host = await startTestHost()
})
afterAll(async () => {
  await host?.close()
  await fake?.close()
  process.env = saved
})

test('a resident gets the phone behind the code; WeChat saw the code with an access token', async () => {
  const token = await host.login('resident-b')
  const reply = await host.ok('household', 'phoneFromWechat', { code: 'phone-code-1' }, token)
  expect(reply).toEqual({ phone: '13800001111' })
  const call = fake.calls('/wxa/business/getuserphonenumber').at(-1)
  expect(call?.body).toEqual({ code: 'phone-code-1' })
  expect(call?.query.access_token).toMatch(/^token-/)
  // kept as the phone WeChat confirmed for this person, never shown to others
  expect(await host.platform.store.collection('users').get('u-resident-b')).toMatchObject({
    wechatPhone: '13800001111',
  })
})

test('the roster verifies a binding at once with the phone from WeChat, not with the same phone typed', async () => {
  const admin = await host.login('community-admin')
  const fileId = await uploadRoster(host, admin, [['博泰佳苑6号楼', '2单元', '1501', '测试住户', '13800001111']])
  expect(await host.ok('household', 'importRoster', { fileId }, admin)).toMatchObject({ taken: 1 })
  const bind = (token: string) =>
    host.ok(
      'household',
      'bind',
      {
        requestId: newRequestId(),
        buildingId: 'bd-botai-6',
        unit: '2单元',
        room: '1501',
        relation: 'owner',
        name: '测试住户',
        phone: '13800001111',
      },
      token,
    )
  const viaWechat = await newResident(host)
  await consentNow(host, viaWechat.token)
  const { phone } = await host.ok('household', 'phoneFromWechat', { code: 'phone-code-9' }, viaWechat.token)
  expect(phone).toBe('13800001111')
  expect(await bind(viaWechat.token)).toMatchObject({ status: 'verified', statusLabel: '已核实' })

  const typed = await newResident(host)
  await consentNow(host, typed.token)
  expect(await bind(typed.token)).toMatchObject({ status: 'pending' })
})

test('an expired code, a foreign number and a malformed code are clear refusals; staff may not ask', async () => {
  const token = await host.login('resident-b')
  const expired = await host.call('household', 'phoneFromWechat', { code: 'bad-code' }, token)
  expect(expired.status).toBe(400)
  expect(!expired.body.ok && expired.body.error.message).toMatch(/重新点击获取/)
  const abroad = await host.call('household', 'phoneFromWechat', { code: 'abroad-1' }, token)
  expect(abroad.status).toBe(400)
  expect(!abroad.body.ok && abroad.body.error.message).toMatch(/中国大陆手机号/)
  const malformed = await host.call('household', 'phoneFromWechat', { code: 'a b<c>' }, token)
  expect(malformed.status).toBe(400)
  expect(!malformed.body.ok && malformed.body.error.message).toMatch(/授权码格式有误/)
  const staff = await host.call(
    'household',
    'phoneFromWechat',
    { code: 'phone-code-2' },
    await host.login('grid-worker'),
  )
  expect(staff.status).toBe(403)
  // the refused calls never reached WeChat
  expect(fake.calls('/wxa/business/getuserphonenumber').map((c) => c.body.code)).not.toContain('phone-code-2')
})
