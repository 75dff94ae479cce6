/**
 * What the client used to guess, the server now says: whether the caller holds an order (`mine`, by
 * id, never by name), the home page's counts (every report, not the first page), which deadline is
 * live (`deadlineKind`), and no deadline at all once nobody has to act (`nextDeadline: null`, never
 * a sentinel date).
 */
import { createManualClock } from '../../cloudfunctions/_platform/runtime/clock'
import { onlyPersonaOnDutyAtBotai, reportOf, uploadPng } from '../support/report-helpers'
import { startTestHost, type TestHost } from '../support/test-host'

const clock = createManualClock(new Date('2026-11-23T02:00:00Z')) // Monday 10:00 in China
let host: TestHost
const token: Record<string, string> = {}
type Row = { id: string; mine: boolean; nextDeadline: string | null; deadlineKind: string | null }
const rowOf = (items: Row[], id: string) => items.find((o) => o.id === id)

beforeAll(async () => {
  host = await startTestHost({ clock })
  const store = host.platform.store
  await onlyPersonaOnDutyAtBotai(host)
  // and a manager there with the very same name as 刘师傅
  await store.collection('users').patch('u-property-manager', { name: '刘师傅' })
  for (const p of ['resident-a', 'resident-b', 'property-staff', 'property-manager']) token[p] = await host.login(p)
})
afterAll(async () => host.close())

async function submit(persona: string, overrides = {}) {
  clock.advance(7 * 60_000) // stays under the hourly limit
  return host.ok('report', 'submit', reportOf(overrides), token[persona])
}

describe('mine: the caller holds the order, decided by id', () => {
  test('two staff with the same name: only the holder sees the order as theirs', async () => {
    const order = await submit('resident-a')
    const holder = await host.ok('workorder', 'inbox', { filter: 'todo', limit: 50 }, token['property-staff'])
    const namesake = await host.ok('workorder', 'inbox', { filter: 'open', limit: 50 }, token['property-manager'])
    const held = rowOf(holder.items, order.id)
    const seen = rowOf(namesake.items, order.id)
    expect(held).toMatchObject({ mine: true, handlerStaffName: '刘师傅' })
    // the manager is also called 刘师傅 and sees the order in scope, but it is not theirs
    expect(seen).toMatchObject({ mine: false, handlerStaffName: '刘师傅' })
    const detail = await host.ok('workorder', 'detail', { id: order.id }, token['property-manager'])
    expect(detail.mine).toBe(false)
    expect((await host.ok('workorder', 'detail', { id: order.id }, token['property-staff'])).mine).toBe(true)
  })

  test('a resident never holds an order, not even their own report', async () => {
    const mine = await host.ok('report', 'mine', {}, token['resident-a'])
    expect(mine.items.length).toBeGreaterThan(0)
    expect(mine.items.every((o: Row) => o.mine === false)).toBe(true)
  })
})

describe('deadlines as the server sees them', () => {
  test('deadlineKind follows the order: 签收, then 办结, then 自动确认', async () => {
    const order = await submit('resident-a')
    const kindOf = async () => {
      const inbox = await host.ok('workorder', 'inbox', { filter: 'all', limit: 50 }, token['property-staff'])
      return rowOf(inbox.items, order.id)
    }
    const detail = await host.ok('report', 'detail', { id: order.id }, token['resident-a'])
    expect(await kindOf()).toMatchObject({ deadlineKind: 'acknowledge', nextDeadline: detail.acknowledgeBy })
    await host.ok('workorder', 'acknowledge', { id: order.id }, token['property-staff'])
    expect(await kindOf()).toMatchObject({ deadlineKind: 'resolve', nextDeadline: detail.resolveBy })
    await host.ok(
      'workorder',
      'resolve',
      { id: order.id, note: '已更换灯泡', photos: [await uploadPng(host, token['property-staff'])] },
      token['property-staff'],
    )
    const fixed = await kindOf()
    expect(fixed?.deadlineKind).toBe('auto_close')
    expect(fixed?.nextDeadline).toMatch(/^20\d\d-/)
  })

  test.each(['cancel', 'confirm'])('a closed order (%s) has no next deadline: null, never a sentinel', async (how) => {
    const order = await submit('resident-a')
    if (how === 'confirm') {
      await host.ok('workorder', 'acknowledge', { id: order.id }, token['property-staff'])
      await host.ok(
        'workorder',
        'resolve',
        { id: order.id, note: '已处理好', photos: [await uploadPng(host, token['property-staff'])] },
        token['property-staff'],
      )
    }
    await host.ok('report', how, { id: order.id }, token['resident-a'])
    const mine = await host.ok('report', 'mine', {}, token['resident-a'])
    const inbox = await host.ok('workorder', 'inbox', { filter: 'all', limit: 50 }, token['property-staff'])
    const detail = await host.ok('report', 'detail', { id: order.id }, token['resident-a'])
    for (const seen of [rowOf(mine.items, order.id), rowOf(inbox.items, order.id), detail]) {
      expect(seen).toMatchObject({ statusGroup: 'closed', nextDeadline: null, deadlineKind: null })
    }
    expect(JSON.stringify([mine, inbox, detail])).not.toContain('9999')
  })
})

describe('report.counts: the home page counts come from the server', () => {
  test('60 reports: every one is counted, not just the first page of 50', async () => {
    const before = await host.ok('report', 'counts', {}, token['resident-a'])
    const ids: string[] = []
    for (let i = 0; i < 60; i++) ids.push((await submit('resident-a')).id)
    // two of them closed, one waiting for the resident to confirm
    await host.ok('report', 'cancel', { id: ids[0] }, token['resident-a'])
    await host.ok('report', 'cancel', { id: ids[1] }, token['resident-a'])
    await host.ok('workorder', 'acknowledge', { id: ids[2] }, token['property-staff'])
    await host.ok(
      'workorder',
      'resolve',
      { id: ids[2], note: '已更换灯泡', photos: [await uploadPng(host, token['property-staff'])] },
      token['property-staff'],
    )
    const after = await host.ok('report', 'counts', {}, token['resident-a'])
    expect(after).toEqual({ open: before.open + 57, fixed: before.fixed + 1 })
    expect(after.open).toBeGreaterThan(50)
  })

  test('counts only the caller’s own reports', async () => {
    expect(await host.ok('report', 'counts', {}, token['resident-b'])).toEqual({ open: 0, fixed: 0 })
    const a = await host.ok('report', 'counts', {}, token['resident-a'])
    const own = await host.platform.store
      .collection('workorders')
      .count({ reporterId: 'u-resident-a', statusGroup: 'open' })
    expect(a.open).toBe(own)
  })

  test('is a resident action: staff get FORBIDDEN (the home page does not ask for them)', async () => {
    const { body } = await host.call('report', 'counts', {}, token['property-staff'])
    expect(body.ok ? 'OK' : body.error.code).toBe('FORBIDDEN')
  })
})
