/**
 * 注销 through the host: a resident who signed in with WeChat, bound a house, reported and followed
 * deletes their account. Their token is refused at once; staff still see the order and its
 * timeline, with the person as 已注销用户 and no name or phone anywhere; the house is unbound; the
 * credentials are gone, so the same WeChat account later starts a new, empty account.
 */
import { DELETED_USER_NAME } from '../../types/labels'
import { consentNow } from '../support/accounts'
import { applyResidence } from '../support/certificates'
import { type FakeWechat, startFakeWechat } from '../support/fake-wechat-server'
import { newRequestId, reportOf } from '../support/report-helpers'
import { startTestHost, type TestHost } from '../support/test-host'

const APPID = 'wx-delete-app'
const SECRET = 'delete-app-secret-0123456789'
const NAME = '注销测试人'
const PHONE = '13912345678'
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

test('a deleted account: token refused, orders kept as 已注销用户, house unbound, sign-in starts afresh', async () => {
  const first = await host.ok('auth', 'wxLogin', { code: 'code-dora-1' })
  const token: string = first.token
  const userId: string = first.user._id
  await consentNow(host, token)
  const house = await host.ok(
    'household',
    'bind',
    {
      requestId: newRequestId(),
      buildingId: 'bd-botai-3',
      unit: '1单元',
      room: '1201',
      relation: 'owner',
      name: NAME,
      phone: PHONE,
    },
    token,
  )
  // verified by the grid worker (同问 is for verified residents)
  await host.ok('household', 'verify', { id: house.id, decision: 'approve' }, await host.login('grid-worker'))
  const order = await host.ok('report', 'submit', reportOf({ buildingId: 'bd-botai-3' }), token)
  // a neighbour's order this person follows (同问)
  const neighbours = await host.ok(
    'report',
    'submit',
    reportOf({ buildingId: 'bd-botai-3' }),
    await host.login('resident-a'),
  )
  await host.ok('report', 'follow', { id: neighbours.id }, token)
  // a 居住证明 issued to them, and a second request still open
  const admin = await host.login('community-admin')
  const issuedReq = await applyResidence(host, token, { purpose: '入学' })
  await host.ok('certificate', 'accept', { id: issuedReq.id }, admin)
  expect(await host.ok('certificate', 'approve', { id: issuedReq.id }, admin)).toMatchObject({ status: 'issued' })
  const issuedView = await host.ok('certificate', 'detail', { id: issuedReq.id }, token)
  const verifyToken: string = issuedView.certificate.verifyToken
  const openReq = await applyResidence(host, token, { purpose: '就业' })
  const staff = await host.login('property-manager')
  const before = await host.ok('workorder', 'detail', { id: order.id }, staff)
  expect(before.reporterName).toBe('居民')

  expect(await host.ok('auth', 'deleteAccount', {}, token)).toEqual({ deleted: true })

  // the token is refused on the next call, whatever it asks
  const me = await host.call('auth', 'me', {}, token)
  expect(me.status).toBe(401)
  expect((await host.call('report', 'mine', {}, token)).status).toBe(401)

  // staff still see the order and its timeline, the person as 已注销用户, no name or phone
  const after = await host.ok('workorder', 'detail', { id: order.id }, staff)
  expect(after).toMatchObject({ id: order.id, reporterName: DELETED_USER_NAME, reporterPhone: null })
  expect(after.timeline.length).toBeGreaterThanOrEqual(before.timeline.length)
  const submitted = after.timeline.find((e: { action: string }) => e.action === 'submit')
  expect(submitted.actorName).toBe(DELETED_USER_NAME)
  const text = JSON.stringify(after)
  for (const secret of [NAME, PHONE, userId, 'o-dora']) expect(text).not.toContain(secret)

  // nothing in the store still points at the person or holds their details
  const store = host.platform.store
  expect(await store.collection('users').get(userId)).toBeNull()
  expect(await store.collection('workorders').count({ reporterId: userId })).toBe(0)
  expect(await store.collection('households').count({ userId })).toBe(0)
  expect(await store.collection('logins').count({ userId })).toBe(0)
  expect(await store.collection('follows').count({ userId })).toBe(0)
  expect(await store.collection('outbox').count({ toUserId: userId })).toBe(0)
  expect(await store.collection('users').count({ openid: 'o-dora' })).toBe(0)
  const unbound = await store.collection('households').get(house.id)
  expect(unbound).toMatchObject({ status: 'moved_out', name: DELETED_USER_NAME, phone: null })
  const stored = await store.collection('workorders').get(order.id)
  expect(JSON.stringify(stored)).not.toMatch(new RegExp(`${NAME}|${PHONE}|${userId}`))

  // certificates: the issued one stays the street's record and still verifies; the open one is withdrawn
  expect(await store.collection('certificate_requests').count({ applicantId: userId })).toBe(0)
  expect(await store.collection('certificates').count({ holderId: userId })).toBe(0)
  for (const id of [issuedReq.id, openReq.id]) {
    expect(JSON.stringify(await store.collection('certificate_requests').get(id))).not.toContain(userId)
  }
  const withdrawn = await host.ok('certificate', 'detail', { id: openReq.id }, admin)
  expect(withdrawn.status).toBe('withdrawn')
  expect(withdrawn.timeline.at(-1)).toMatchObject({ action: 'withdraw', byName: DELETED_USER_NAME })
  const todo = await host.ok('certificate', 'inbox', { filter: 'todo' }, admin)
  expect(todo.items.map((r: { id: string }) => r.id)).not.toContain(openReq.id)
  expect((await host.ok('certificate', 'detail', { id: issuedReq.id }, admin)).status).toBe('issued')
  expect((await host.ok('certificate', 'verify', { token: verifyToken })).status).toBe('valid')

  // the same WeChat account signs in to a new, empty account
  const again = await host.ok('auth', 'wxLogin', { code: 'code-dora-2' })
  expect(again.user._id).not.toBe(userId)
  expect(await host.ok('household', 'mine', {}, again.token)).toEqual({ items: [] })
  expect((await host.ok('report', 'mine', {}, again.token)).items).toEqual([])
})

test('staff cannot delete themselves here (they leave through org.removeStaff); the input takes nothing', async () => {
  const staff = await host.call('auth', 'deleteAccount', {}, await host.login('grid-worker'))
  expect(staff.status).toBe(403)
  expect((await host.call('auth', 'deleteAccount', {})).status).toBe(401)
  expect(await host.platform.store.collection('users').get('u-grid-worker')).not.toBeNull()
})
