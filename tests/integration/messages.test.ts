/**
 * 消息: the in-app message box (`auth.messages`, `auth.readMessages`) on the local host. A person
 * reads only their own messages; opening the box makes them read, and only newer ones count as
 * unread; bad input is INVALID_INPUT; no login is 401.
 */
import { createManualClock } from '../../cloudfunctions/_platform/runtime/clock'
import { onlyPersonaOnDutyAtBotai, reportOf } from '../support/report-helpers'
import { startTestHost, type TestHost } from '../support/test-host'

const clock = createManualClock(new Date('2026-11-23T02:00:00Z')) // Monday 10:00 in China
let host: TestHost
const token: Record<string, string> = {}
beforeAll(async () => {
  host = await startTestHost({ clock })
  for (const p of ['resident-a', 'resident-c', 'property-staff']) token[p] = await host.login(p)
  await onlyPersonaOnDutyAtBotai(host)
})
afterAll(async () => host.close())

interface Msg {
  id: string
  kind: string
  title: string
  body: string
  page: string | null
  unread: boolean
}
const box = async (persona: string, data: object = { limit: 50 }) =>
  (await host.ok('auth', 'messages', data, token[persona])) as {
    items: Msg[]
    unread: number
    nextCursor: string | null
  }

/** A report by resident-a that the property staff acknowledge: a message to the reporter. */
async function acknowledgedReport(description: string) {
  clock.advance(7 * 60_000)
  const order = await host.ok('report', 'submit', reportOf({ description }), token['resident-a'])
  clock.advance(60_000)
  await host.ok('workorder', 'acknowledge', { id: order.id }, token['property-staff'])
  return order as { id: string; number: string }
}

test('the reporter is told in the box, unread until the box is opened; then only newer ones count', async () => {
  const first = await acknowledgedReport('三楼楼道灯不亮，晚上看不见台阶')
  const before = await box('resident-a')
  const told = before.items.find((m) => m.kind === 'workorder.acknowledged' && (m.page ?? '').includes(first.id))
  expect(told).toMatchObject({ unread: true, title: expect.any(String), body: expect.any(String) })
  expect(before.unread).toBeGreaterThanOrEqual(1)
  expect(before.items[0].id).toBe(told?.id) // newest first

  clock.advance(60_000)
  await host.ok('auth', 'readMessages', {}, token['resident-a'])
  const after = await box('resident-a')
  expect(after.unread).toBe(0)
  expect(after.items.every((m) => !m.unread)).toBe(true)

  clock.advance(60_000)
  const second = await acknowledgedReport('五楼楼道灯闪烁')
  const later = await box('resident-a')
  expect(later.unread).toBe(1)
  expect(later.items.filter((m) => m.unread).map((m) => m.page ?? '')).toEqual([expect.stringContaining(second.id)])
})

test("a person never sees another person's messages", async () => {
  const order = await acknowledgedReport('二单元门禁坏了，外人随便进')
  const other = await box('resident-c')
  const text = JSON.stringify(other)
  expect(text).not.toContain(order.id)
  expect(text).not.toContain(order.number)
  // the staff member sees their own (new orders), not the reporter's reply
  const staff = await box('property-staff')
  expect(staff.items.some((m) => m.kind === 'workorder.acknowledged')).toBe(false)
  // and the store agrees: every row the reporter was shown is addressed to them
  const ids = (await box('resident-a')).items.map((m) => m.id)
  const rows = await Promise.all(ids.map((id) => host.platform.store.collection('outbox').get(id)))
  expect(rows.every((r) => r?.toUserId === 'u-resident-a')).toBe(true)
})

test('pages on with a cursor, without repeats', async () => {
  const all = await box('resident-a')
  const first = await box('resident-a', { limit: 1 })
  expect(first.items).toHaveLength(1)
  expect(first.nextCursor).toEqual(expect.any(String))
  const second = await box('resident-a', { limit: 1, cursor: first.nextCursor })
  expect(second.items[0].id).not.toBe(first.items[0].id)
  expect([first.items[0].id, second.items[0].id]).toEqual(all.items.slice(0, 2).map((m) => m.id))
})

test('bad input is INVALID_INPUT and no login is 401', async () => {
  for (const data of [{ limit: 0 }, { limit: 51 }, { cursor: 'not-a-cursor' }, { cursor: 'x'.repeat(600) }]) {
    const { status, body } = await host.call('auth', 'messages', data, token['resident-a'])
    expect(`${JSON.stringify(data).slice(0, 30)} ${status} ${body.ok ? 'OK' : body.error.code}`).toBe(
      `${JSON.stringify(data).slice(0, 30)} 400 INVALID_INPUT`,
    )
  }
  for (const action of ['messages', 'readMessages']) {
    const { status } = await host.call('auth', action, {})
    expect(`${action} ${status}`).toBe(`${action} 401`)
  }
})
