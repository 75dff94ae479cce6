/**
 * Photos held for an asynchronous content check (CloudBase's mediaCheckAsync). The local platform's
 * check answers at once, so this file swaps in a stand-in that holds every photo as "checking" —
 * a fake of WeChat's asynchronous check — and then delivers its verdicts through the real
 * `files.mediaCheckResult` action, the way WeChat's wxa_media_check push reaches the function.
 */
import { createManualClock } from '../../cloudfunctions/_platform/runtime/clock'
import { reportOf, uploadPng } from '../support/report-helpers'
import { startTestHost, type TestHost } from '../support/test-host'

const clock = createManualClock(new Date('2026-11-23T02:00:00Z'))
let host: TestHost
let resident: string
let staff: string
let trace = 0

beforeAll(async () => {
  host = await startTestHost({ clock })
  resident = await host.login('resident-a')
  staff = await host.login('property-staff')
  const files = host.platform.store.collection('files')
  // fake asynchronous check: every photo not yet decided is sent off and held
  host.platform.contentCheck.image = async (fileId) => {
    const file = await files.get(fileId)
    if (file?.status === 'cleared') return 'pass'
    if (file?.status === 'rejected') return 'reject'
    if (file?.status !== 'checking') await files.patch(fileId, { status: 'checking', traceId: `trace-${++trace}` })
    return 'pending'
  }
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
  const outbox = await host.ok('dev', 'outbox', {}, resident)
  expect(outbox.items.map((m: { template: string }) => m.template)).toContain('workorder.rejected')
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

test('nobody can post a check result over HTTP', async () => {
  const forged = await host.call('files', 'mediaCheckResult', { traceId: 'trace-1', suggest: 'pass' }, resident)
  expect(forged.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
})
