/**
 * Holidays beyond the library's data, through the host with an injected clock: a deadline across
 * 2027 元旦 skips it, a street's published 放假安排 wins, and from 1 November the log and the admin
 * dashboard warn while next year's arrangement is missing, and stop once it is entered.
 */

import { createManualClock } from '../../cloudfunctions/_platform/runtime/clock'
import { STREET } from '../../cloudfunctions/_seed/street'
import { holidaySettingsId } from '../../cloudfunctions/_services/holiday-settings'
import { clearReferenceCache } from '../../cloudfunctions/_services/reference-cache'
import type { HolidayNoticeOutput, HolidaySettings } from '../../types/holidays'
import { reportOf } from '../support/report-helpers'
import { startTestHost, type TestHost } from '../support/test-host'

/** China time (UTC+8) as a Date. */
const cst = (local: string) => new Date(`${local}+08:00`)

/** written straight into the store, so the reference cache is told as admin.saveHolidays tells it (the seed read the calendar) */
async function enter(host: TestHost, settings: HolidaySettings) {
  await host.platform.store.collection('settings').insert({ _id: holidaySettingsId(STREET._id), ...settings })
  clearReferenceCache(host.platform.store)
}

describe('deadlines across 2027 元旦 (the library has no 2027 data)', () => {
  const clock = createManualClock(cst('2026-12-31T16:30:00'))
  let host: TestHost
  beforeAll(async () => {
    host = await startTestHost({ clock })
  })
  afterAll(async () => host.close())

  test('a report on 12-31 16:30 is due after 元旦 and the weekend, not on 01-01', async () => {
    const order = await host.ok('report', 'submit', reportOf(), await host.login('resident-a'))
    // 2 working hours: one on 12-31, then 元旦 (Fri) and the weekend are off, one on Monday 01-04
    expect(order.deadlines.acknowledgeBy).toBe(cst('2027-01-04T09:30:00').toISOString())
  })
})

describe('a street’s published arrangement wins over the fallback', () => {
  const clock = createManualClock(cst('2026-12-31T16:30:00'))
  let host: TestHost
  beforeAll(async () => {
    host = await startTestHost({ clock })
    // a (fictional) published arrangement: 元旦 off, Saturday 01-02 a 调休 workday
    await enter(host, { arrangements: [{ year: 2027, holidays: ['2027-01-01'], workdays: ['2027-01-02'] }] })
  })
  afterAll(async () => host.close())

  test('the deadline lands on the 调休 Saturday', async () => {
    const order = await host.ok('report', 'submit', reportOf(), await host.login('resident-a'))
    expect(order.deadlines.acknowledgeBy).toBe(cst('2027-01-02T09:30:00').toISOString())
  })
})

describe('the reminder to enter next year’s 放假安排', () => {
  const clock = createManualClock(cst('2026-10-31T20:00:00'))
  let host: TestHost
  let warn: jest.SpyInstance
  beforeAll(async () => {
    host = await startTestHost({ clock })
  })
  beforeEach(() => {
    warn = jest.spyOn(console, 'warn').mockImplementation(() => {})
  })
  afterEach(() => warn.mockRestore())
  afterAll(async () => host.close())

  const holidayWarnings = () => warn.mock.calls.map((args) => String(args[0])).filter((l) => l.startsWith('[holidays]'))

  async function sweepAt(local: string) {
    clock.set(cst(local))
    const { body } = await host.invokeAsTimer('workorder', { Type: 'Timer', TriggerName: 'sweep' })
    expect(body.ok).toBe(true)
  }
  async function noticeFor(persona: string) {
    const out = await host.ok<HolidayNoticeOutput>('workorder', 'holidayNotice', {}, await host.login(persona))
    return out.notice
  }

  test('before 1 November: no warning in the log or on the dashboard', async () => {
    await sweepAt('2026-10-31T23:59:00')
    expect(holidayWarnings()).toEqual([])
    expect(await noticeFor('street-admin')).toBeNull()
    expect(await noticeFor('community-admin')).toBeNull()
  })

  test('from 1 November (China time): one warning a day in the log, and a banner for admins', async () => {
    await sweepAt('2026-11-01T00:05:00')
    const lines = holidayWarnings()
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain(STREET._id)
    expect(lines[0]).toContain('2027')

    // no person in the line: no user's name, phone or openid
    const users = await host.platform.store.collection('users').find({ limit: 100 })
    for (const u of users.items) {
      for (const value of [u.name, u.phone, u.openid]) {
        if (typeof value === 'string' && value) expect(lines[0]).not.toContain(value)
      }
    }

    await sweepAt('2026-11-01T09:00:00')
    expect(holidayWarnings()).toHaveLength(1)

    for (const persona of ['street-admin', 'community-admin']) {
      const notice = await noticeFor(persona)
      expect(notice).toMatchObject({ year: 2027 })
      expect(notice?.message).toContain('2027年放假安排尚未录入')
    }
  })

  test('only admins get the notice', async () => {
    for (const persona of ['resident-a', 'grid-worker']) {
      const { body } = await host.call('workorder', 'holidayNotice', {}, await host.login(persona))
      expect(body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
  })

  test('once the street enters 2027, the banner goes at once and the log stays quiet', async () => {
    await enter(host, {
      arrangements: [{ year: 2027, holidays: ['2027-01-01', '2027-02-05'], workdays: [], source: '示例通知' }],
    })
    expect(await noticeFor('street-admin')).toBeNull()
    expect(await noticeFor('community-admin')).toBeNull()
    await sweepAt('2026-11-02T00:05:00')
    expect(holidayWarnings()).toEqual([])
  })
})
