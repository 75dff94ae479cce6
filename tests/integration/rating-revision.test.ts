/**
 * A per-order rating with every dimension (overall, speed, attitude, resolved, satisfaction), and its
 * one revision: a rating that says 没解决 allows one reopen; when the reopened order is resolved
 * again the resident rates once more, the final value replaces the first (marked revised), and no
 * third rating or second reopen is taken.
 */
import { createManualClock } from '../../cloudfunctions/_platform/runtime/clock'
import { onlyPersonaOnDutyAtBotai, reportOf, uploadPng } from '../support/report-helpers'
import { startTestHost, type TestHost } from '../support/test-host'

const clock = createManualClock(new Date('2026-11-23T02:00:00Z')) // Monday 10:00 in China
let host: TestHost
const token: Record<string, string> = {}
beforeAll(async () => {
  host = await startTestHost({ clock })
  for (const p of ['resident-a', 'property-staff']) token[p] = await host.login(p)
  await onlyPersonaOnDutyAtBotai(host)
})
afterAll(async () => host.close())

const code = async (fn: string, action: string, data: unknown, persona: string) => {
  const { body } = await host.call(fn, action, data, token[persona])
  return body.ok ? 'OK' : `${body.error.code} ${body.error.message}`
}

async function resolve(id: string) {
  clock.advance(30 * 60_000)
  const photo = await uploadPng(host, token['property-staff'])
  await host.ok('workorder', 'resolve', { id, note: '已更换灯具', photos: [photo] }, token['property-staff'])
}

test('rated 没解决 with every dimension; one reopen; the second rating replaces the first; no third', async () => {
  clock.advance(7 * 60_000)
  const order = await host.ok('report', 'submit', reportOf({ description: '六楼楼道灯坏了一周' }), token['resident-a'])
  await host.ok('workorder', 'acknowledge', { id: order.id }, token['property-staff'])
  await resolve(order.id)

  const first = { overall: 2, speed: 1, attitude: 3, resolved: 'no', satisfaction: '不满意' }
  expect(await code('report', 'rate', { id: order.id, stars: 2, tags: [], ...first }, 'resident-a')).toBe('OK')
  const rated = await host.platform.store.collection('workorders').get(order.id)
  expect(rated?.rating).toMatchObject({ stars: 2, ...first })
  expect(rated?.rating).not.toHaveProperty('revised')

  // a rating that said 没解决 may reopen once
  expect(await code('report', 'reopen', { id: order.id, reason: '灯还是不亮' }, 'resident-a')).toBe('OK')
  await host.ok('workorder', 'acknowledge', { id: order.id }, token['property-staff'])
  await resolve(order.id)

  const final = { overall: 5, speed: 4, attitude: 5, resolved: 'yes', satisfaction: '满意' }
  expect(await code('report', 'rate', { id: order.id, stars: 5, tags: ['响应及时'], ...final }, 'resident-a')).toBe(
    'OK',
  )
  const revised = await host.platform.store.collection('workorders').get(order.id)
  expect(revised?.rating).toMatchObject({ stars: 5, ...final, revised: true })
  const detail = await host.ok('report', 'detail', { id: order.id }, token['resident-a'])
  expect(detail.timeline.filter((e: { action: string }) => e.action === 'rate')).toHaveLength(2)

  // once revised: no third rating and no second reopen
  expect(await code('report', 'rate', { id: order.id, stars: 1 }, 'resident-a')).toMatch(/^CONFLICT 您已评价过了/)
  expect(await code('report', 'reopen', { id: order.id, reason: '又坏了' }, 'resident-a')).toMatch(/^CONFLICT/)
  expect((await host.platform.store.collection('workorders').get(order.id))?.rating).toMatchObject(final)
})

test('a rating that said 已解决 allows no reopen; bad dimensions are refused and change nothing', async () => {
  clock.advance(7 * 60_000)
  const order = await host.ok('report', 'submit', reportOf({ description: '一楼门厅灯不亮' }), token['resident-a'])
  await host.ok('workorder', 'acknowledge', { id: order.id }, token['property-staff'])
  await resolve(order.id)
  for (const bad of [{ speed: 6 }, { attitude: 0 }, { resolved: 'maybe' }, { satisfaction: '还行' }]) {
    expect(await code('report', 'rate', { id: order.id, stars: 4, ...bad }, 'resident-a')).toMatch(/^INVALID_INPUT/)
  }
  expect((await host.platform.store.collection('workorders').get(order.id))?.rating ?? null).toBeNull()
  expect(await code('report', 'rate', { id: order.id, stars: 4, overall: 4, resolved: 'yes' }, 'resident-a')).toBe('OK')
  expect(await code('report', 'reopen', { id: order.id, reason: '想再修一下' }, 'resident-a')).toMatch(/^CONFLICT/)
})
