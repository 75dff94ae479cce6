/**
 * Photos held for an asynchronous content check (CloudBase's mediaCheckAsync). The host runs the
 * real CloudBase content check, `createWechatContentCheck`, with only WeChat's security API faked;
 * the verdicts arrive through the real `files.mediaCheckResult` action, the way WeChat's
 * wxa_media_check push reaches the function. The residents carry an openid, as every CloudBase
 * caller does.
 */
import { createWechatContentCheck } from '../../cloudfunctions/_platform/content-check/wechat-security'
import { createManualClock } from '../../cloudfunctions/_platform/runtime/clock'
import { type FakeSecurityApi, fakeWechatSecurity } from '../support/fake-wechat-security'
import { reportOf, uploadPng } from '../support/report-helpers'
import { startTestHost, type TestHost } from '../support/test-host'

const clock = createManualClock(new Date('2026-11-23T02:00:00Z'))
let host: TestHost
let resident: string
let staff: string
const wechat: FakeSecurityApi = fakeWechatSecurity()

beforeAll(async () => {
  host = await startTestHost({ clock })
  const { platform } = host
  for (const id of ['u-resident-a', 'u-property-staff']) {
    await platform.store.collection('users').patch(id, { openid: `o-${id}` })
  }
  resident = await host.login('resident-a')
  staff = await host.login('property-staff')
  platform.contentCheck = createWechatContentCheck({
    openapi: async () => wechat,
    files: platform.files,
    store: platform.store,
  })
})
afterAll(async () => host.close())

const push = (traceId: string, suggest: string) =>
  host.invokeAsTimer('files', { Event: 'wxa_media_check', trace_id: traceId, result: { suggest, label: 100 } })

async function heldReport() {
  const photo = await uploadPng(host, resident)
  clock.advance(7 * 60_000)
  const out = await host.ok('report', 'submit', reportOf({ photos: [photo] }), resident)
  const traceId = String((await host.platform.store.collection('files').get(photo))?.traceId)
  return { out, photo, traceId }
}

test('a held report waits unseen, then a cleared check dispatches it with its photo', async () => {
  const { out, traceId } = await heldReport()
  expect(out.status).toBe('held')
  const held = await host.ok('report', 'detail', { id: out.id }, resident)
  expect(held.photoUrls).toEqual([])
  expect(held.timeline.map((e: { action: string }) => e.action)).toEqual(['submit'])
  const { status, body } = await push(traceId, 'pass')
  expect(status).toBe(200)
  expect(body).toMatchObject({ ok: true, data: { files: 1, released: 1 } })
  const d = await host.ok('workorder', 'detail', { id: out.id }, staff)
  expect(d.status).toBe('assigned')
  expect(d.photoUrls).toHaveLength(1)
  expect(d.timeline.map((e: { action: string }) => e.action)).toEqual(['submit', 'dispatch'])
})

test('a risky photo rejects the report and tells the resident', async () => {
  const { out, traceId } = await heldReport()
  await push(traceId, 'risky')
  const d = await host.ok('report', 'detail', { id: out.id }, resident)
  expect(d.status).toBe('rejected')
  expect(d.photoUrls).toEqual([])
  expect(d.timeline.at(-1)).toMatchObject({ action: 'reject', note: expect.stringContaining('照片未通过内容审核') })
  const outbox = await host.ok('auth', 'messages', { limit: 50 }, resident)
  expect(outbox.items.map((m: { kind: string }) => m.kind)).toContain('workorder.rejected')
})

test('a check that never answers does not strand the report: the sweep dispatches it after 30 minutes, photo hidden', async () => {
  const { out } = await heldReport()
  clock.advance(29 * 60_000)
  await host.invokeAsTimer('workorder', { Type: 'Timer', TriggerName: 'sweep' })
  expect((await host.ok('report', 'detail', { id: out.id }, resident)).status).toBe('held')
  clock.advance(2 * 60_000)
  const swept = await host.invokeAsTimer('workorder', { Type: 'Timer', TriggerName: 'sweep' })
  expect(swept.body).toMatchObject({ ok: true, data: { released: 1 } })
  const d = await host.ok('workorder', 'detail', { id: out.id }, staff)
  expect(d.status).toBe('assigned')
  expect(d.photoUrls).toEqual([])
  expect(d.timeline.at(-1).note).toContain('照片审核未返回')
})

test("the report's text went to WeChat's check with the resident's openid; risky text files nothing", async () => {
  const description = '5号楼门口的路灯坏了一周了'
  await host.ok('report', 'submit', reportOf({ description }), resident)
  expect(wechat.textCalls.at(-1)).toEqual({ openid: 'o-u-resident-a', version: 2, content: description })
  const before = (await host.ok('report', 'mine', {}, resident)).items.length
  const risky = await host.call('report', 'submit', reportOf({ description: '楼下有人聚众赌博' }), resident)
  expect(risky.status).toBe(400)
  expect(risky.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  expect((await host.ok('report', 'mine', {}, resident)).items.length).toBe(before)
})

test('nobody can post a check result over HTTP', async () => {
  const forged = await host.call('files', 'mediaCheckResult', { traceId: 'trace-1', suggest: 'pass' }, resident)
  expect(forged.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
})
