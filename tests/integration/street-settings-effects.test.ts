/**
 * What a street admin's settings do, saved through `admin.saveSettings` (not written to the store by
 * the test): the hourly report limit holds at the saved number, new orders take the saved number
 * prefix, and a resolved order nobody confirms closes after the saved auto-close days.
 */
import { createManualClock } from '../../cloudfunctions/_platform/runtime/clock'
import { onlyPersonaOnDutyAtBotai, reportOf, uploadPng } from '../support/report-helpers'
import { startTestHost, type TestHost } from '../support/test-host'

const clock = createManualClock(new Date('2026-11-23T02:00:00Z')) // Monday 10:00 in China
let host: TestHost
const token: Record<string, string> = {}
beforeAll(async () => {
  host = await startTestHost({ clock })
  for (const p of ['street-admin', 'resident-a', 'property-staff']) token[p] = await host.login(p)
  await onlyPersonaOnDutyAtBotai(host)
  const s0 = await host.ok('admin', 'settings', {}, token['street-admin'])
  await host.ok(
    'admin',
    'saveSettings',
    {
      settings: { reportsPerHour: 2, orderPrefix: 'XB', autoConfirmDays: 2 },
      ...(s0.version ? { expectedVersion: s0.version } : {}),
    },
    token['street-admin'],
  )
})
afterAll(async () => host.close())

test('the saved hourly limit and number prefix apply to the next reports', async () => {
  const first = await host.ok('report', 'submit', reportOf({ description: '二楼楼道灯不亮' }), token['resident-a'])
  const second = await host.ok('report', 'submit', reportOf({ description: '三楼楼道灯闪' }), token['resident-a'])
  expect([first.number, second.number]).toEqual([expect.stringMatching(/^XB-/), expect.stringMatching(/^XB-/)])
  const third = await host.call('report', 'submit', reportOf({ description: '四楼楼道灯坏' }), token['resident-a'])
  expect(third.status).toBe(429)
  expect(third.body).toMatchObject({
    ok: false,
    error: { code: 'RATE_LIMITED', message: expect.stringContaining('2') },
  })
  // the next hour, the limit starts again
  clock.advance(61 * 60_000)
  expect(
    (await host.call('report', 'submit', reportOf({ description: '四楼楼道灯坏' }), token['resident-a'])).status,
  ).toBe(200)
})

test('a resolved order nobody confirms closes after the saved 2 days, not the default', async () => {
  clock.advance(61 * 60_000)
  const order = await host.ok('report', 'submit', reportOf({ description: '五楼楼道灯不亮' }), token['resident-a'])
  await host.ok('workorder', 'acknowledge', { id: order.id }, token['property-staff'])
  const photo = await uploadPng(host, token['property-staff'])
  await host.ok('workorder', 'resolve', { id: order.id, note: '已更换', photos: [photo] }, token['property-staff'])
  clock.advance(24 * 3_600_000) // one day: still waiting for the resident
  await host.trigger('workorder', 'sweep')
  expect((await host.platform.store.collection('workorders').get(order.id))?.status).toBe('resolved')
  clock.advance(25 * 3_600_000) // past two days
  await host.trigger('workorder', 'sweep')
  const closed = await host.ok('report', 'detail', { id: order.id }, token['resident-a'])
  expect(closed.status).toBe('closed')
  expect(closed.timeline.at(-1)).toMatchObject({ action: 'auto_close' })
})
