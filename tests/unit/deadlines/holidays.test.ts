/**
 * Holidays beyond the library's data: `chinese-days` 1.5.7 stops at 2026, so 2027 comes from the
 * statutory rule (全国年节及纪念日放假办法, 2024), and a street's published 放假安排 wins over both.
 */
import { getHolidaysInRange, getLunarDate, getSolarTermDate } from 'chinese-days'
import {
  addWorkingHours,
  calendarSource,
  computeDeadlines,
  isChinaWorkday,
  missingArrangementYear,
  NATIONAL_CALENDAR,
  statutoryHolidays,
  type WorkCalendar,
  workCalendar,
} from '../../../cloudfunctions/_core/deadlines'
import { dayOfDate } from '../../../cloudfunctions/_core/deadlines/calendar-dates'
import { HolidayArrangement, HolidaySettings } from '../../../types/holidays'

/** A China-local wall-clock time as a Date: cn('2027-01-04 09:30'). */
const cn = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`)
const workday = (date: string, calendar: WorkCalendar = NATIONAL_CALENDAR) => isChinaWorkday(dayOfDate(date), calendar)

/** The street's entry of a (fictional) published 2027 arrangement: one extra day off and one 调休 Saturday. */
const STREET_2027 = HolidayArrangement.parse({
  year: 2027,
  holidays: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'],
  workdays: ['2027-02-20'],
  source: '示例通知',
})

describe('the library really lacks 2027 (else these tests prove nothing)', () => {
  it('chinese-days lists no holiday in 2027, and some in 2026', () => {
    expect(getHolidaysInRange(new Date(2027, 0, 1, 12), new Date(2027, 11, 31, 12), false)).toEqual([])
    expect(getHolidaysInRange(new Date(2026, 0, 1, 12), new Date(2026, 11, 31, 12), false).length).toBeGreaterThan(0)
    expect(calendarSource(NATIONAL_CALENDAR, 2026)).toBe('library')
    expect(calendarSource(NATIONAL_CALENDAR, 2027)).toBe('statutory')
  })
})

describe('the statutory fallback for 2027 (national calendar, no street overrides)', () => {
  it.each([
    ['2027-01-01', false, '元旦 (a Friday)'],
    ['2027-01-04', true, 'the Monday after 元旦'],
    ['2027-02-04', true, 'the day before 除夕'],
    ['2027-02-05', false, '除夕 (腊月廿九: the 12th lunar month has 29 days)'],
    ['2027-02-06', false, '春节 初一'],
    ['2027-02-07', false, '初二'],
    ['2027-02-08', false, '初三 (a Monday)'],
    ['2027-02-09', false, '补假 for 初一 on a Saturday'],
    ['2027-02-10', false, '补假 for 初二 on a Sunday'],
    ['2027-02-11', true, 'back to work'],
    ['2027-04-05', false, '清明 (the 清明 solar term)'],
    ['2027-04-06', true, 'the day after 清明'],
    ['2027-05-01', false, '劳动节 (a Saturday)'],
    ['2027-05-03', false, '补假 for 05-01'],
    ['2027-05-04', false, '补假 for 05-02'],
    ['2027-05-05', true, 'back to work'],
    ['2027-06-09', false, '端午 (五月初五)'],
    ['2027-09-15', false, '中秋 (八月十五)'],
    ['2027-10-01', false, '国庆'],
    ['2027-10-04', false, '补假 for 10-02 on a Saturday'],
    ['2027-10-05', false, '补假 for 10-03 on a Sunday'],
    ['2027-10-06', true, 'back to work'],
    ['2027-03-08', true, 'an ordinary Monday'],
  ])('%s is a workday: %s (%s)', (date, expected) => {
    expect(workday(date)).toBe(expected)
  })

  it('takes 除夕 to 初三 from the library’s lunar data', () => {
    const eve = getLunarDate('2027-02-05')
    expect([eve.lunarMon, eve.lunarDay]).toEqual([12, 29])
    const nextDay = getLunarDate('2027-02-06')
    expect([nextDay.lunarYear, nextDay.lunarMon, nextDay.lunarDay]).toEqual([2027, 1, 1])
    const spring = statutoryHolidays(2027).find((h) => h.name === '春节')
    expect(spring?.dates).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'])
  })

  it('takes 清明, 端午 and 中秋 from the library’s solar-term and lunar data', () => {
    expect(getSolarTermDate(2027, 4, 'pure_brightness')).toBe('2027-04-05')
    const on = (name: string) => statutoryHolidays(2027).find((h) => h.name === name)?.dates
    expect(on('清明节')).toEqual(['2027-04-05'])
    expect(on('端午节')).toEqual(['2027-06-09'])
    expect([getLunarDate('2027-06-09').lunarMon, getLunarDate('2027-06-09').lunarDay]).toEqual([5, 5])
    expect(on('中秋节')).toEqual(['2027-09-15'])
    expect([getLunarDate('2027-09-15').lunarMon, getLunarDate('2027-09-15').lunarDay]).toEqual([8, 15])
  })

  it('has no 调休 make-up workday: no Saturday or Sunday of 2027 is a workday', () => {
    const start = dayOfDate('2027-01-01')
    for (let d = start; d < dayOfDate('2028-01-01'); d++) {
      const weekday = new Date(d * 86_400_000).getUTCDay()
      if (weekday === 0 || weekday === 6) expect([d, isChinaWorkday(d)]).toEqual([d, false])
    }
  })

  it('gives a day more when 中秋 falls on 国庆 (2028-10-03)', () => {
    const all = statutoryHolidays(2028).flatMap((h) => [...h.dates, ...h.inLieu])
    expect(new Set(all.filter((d) => d.startsWith('2028-10'))).size).toBe(5)
    expect(workday('2028-10-05')).toBe(false)
    expect(workday('2028-10-06')).toBe(true)
  })

  it.each([2025, 2026])('never works a day the library gives off, checked on %i', (year) => {
    // the rule's days are a floor of every published arrangement since the 2024 amendment
    for (const h of statutoryHolidays(year)) {
      for (const d of [...h.dates, ...h.inLieu]) expect([d, workday(d)]).toEqual([d, false])
    }
  })
})

describe('a street’s published arrangement wins', () => {
  const street = workCalendar([
    STREET_2027,
    // over the library: 2026-10-10 was a 调休 Saturday; 2026-11-21 an ordinary Saturday
    { year: 2026, holidays: ['2026-10-10'], workdays: ['2026-11-21'] },
  ])

  it.each([
    ['2027-02-11', true, false, 'a holiday the fallback does not know'],
    ['2027-02-20', false, true, 'a 调休 Saturday the fallback does not know'],
    ['2026-10-10', true, false, 'over the library’s 调休 workday'],
    ['2026-11-21', false, true, 'over the library’s weekend'],
    ['2027-01-01', false, false, 'an unlisted date keeps the fallback'],
    ['2026-10-01', false, false, 'an unlisted date keeps the library'],
  ])('%s: national %s, street %s (%s)', (date, national, inStreet) => {
    expect(workday(date)).toBe(national)
    expect(workday(date, street)).toBe(inStreet)
  })

  it('moves a deadline onto the 调休 Saturday', () => {
    expect(addWorkingHours(cn('2027-02-19 17:00'), 1, undefined, street).toISOString()).toBe(
      cn('2027-02-20 09:00').toISOString(),
    )
    expect(addWorkingHours(cn('2027-02-19 17:00'), 1).toISOString()).toBe(cn('2027-02-22 09:00').toISOString())
  })

  it('keeps the other street’s calendar apart', () => {
    expect(workday('2027-02-20', workCalendar([]))).toBe(false)
    expect(calendarSource(street, 2027)).toBe('street')
  })
})

describe('a deadline across 2027 元旦 skips it', () => {
  const category = { urgent: false, acknowledgeHours: 2, resolveHours: 8 }
  it.each([
    ['2026-12-31 16:30', '2027-01-04 09:30', '2027-01-04 15:30'],
    ['2027-01-01 10:00', '2027-01-04 10:30', '2027-01-04 16:30'],
    ['2027-02-04 17:00', '2027-02-11 10:00', '2027-02-11 16:00'],
  ])('reported %s → acknowledge by %s, resolve by %s', (at, ack, resolve) => {
    expect(computeDeadlines(cn(at), category)).toEqual({
      acknowledgeBy: cn(ack).toISOString(),
      resolveBy: cn(resolve).toISOString(),
    })
  })

  it('urgent categories still count calendar hours through the holiday', () => {
    const d = computeDeadlines(cn('2026-12-31 23:00'), { urgent: true, acknowledgeHours: 1, resolveHours: 4 })
    expect(d.acknowledgeBy).toBe(cn('2027-01-01 00:00').toISOString())
  })
})

describe('no year is left without its main holidays (the guard a stale library needs)', () => {
  const years = Array.from({ length: 2100 - 2004 + 1 }, (_, i) => 2004 + i)
  it.each(years)('%i: 元旦, 春节初一 and 10-01..10-03 are off', (year) => {
    const newYear = statutoryHolidays(year).find((h) => h.name === '春节')?.dates[1] as string
    for (const d of [`${year}-01-01`, newYear, `${year}-10-01`, `${year}-10-02`, `${year}-10-03`]) {
      expect([d, workday(d)]).toEqual([d, false])
    }
  })
})

describe('which year’s 放假安排 is missing', () => {
  const calendars: Record<string, WorkCalendar> = {
    national: NATIONAL_CALENDAR,
    'street has 2027': workCalendar([STREET_2027]),
  }
  it.each([
    ['2026-06-01 12:00', 'national', null, 'mid-year: next year not due yet'],
    ['2026-10-31 23:59', 'national', null, 'the last minute of October'],
    ['2026-11-01 00:00', 'national', 2027, 'from 1 November, China time'],
    ['2026-12-31 23:59', 'national', 2027, 'still missing at the year’s end'],
    ['2027-03-01 09:00', 'national', 2027, 'the current year missing, any time'],
    ['2026-11-01 00:00', 'street has 2027', null, 'entered by the street'],
    ['2027-11-01 00:00', 'street has 2027', 2028, 'the year after'],
    ['2025-11-15 12:00', 'national', null, 'the library has 2026'],
  ] as Array<[string, string, number | null, string]>)('%s, %s → %s (%s)', (at, calendar, year) => {
    expect(missingArrangementYear(cn(at), calendars[calendar])).toBe(year)
  })

  it('counts 1 November in China time, not UTC', () => {
    // 2026-10-31T16:00Z is 2026-11-01 00:00 in China
    expect(missingArrangementYear(new Date('2026-10-31T15:59:00Z'), NATIONAL_CALENDAR)).toBeNull()
    expect(missingArrangementYear(new Date('2026-10-31T16:00:00Z'), NATIONAL_CALENDAR)).toBe(2027)
  })
})

describe('the override schema', () => {
  it.each([
    [{ year: 2027, holidays: ['2028-01-01'] }, 'a date outside its year'],
    [{ year: 2027, holidays: ['2027-02-05'], workdays: ['2027-02-05'] }, 'a date both off and on'],
    [{ year: 2027, holidays: ['2027-02-30'] }, 'a date that does not exist'],
    [{ year: 2027, holidays: ['2027-2-5'] }, 'a malformed date'],
  ] as Array<[unknown, string]>)('rejects %j (%s)', (input) => {
    expect(HolidayArrangement.safeParse(input).success).toBe(false)
  })

  it('rejects two arrangements for one year', () => {
    const twice = { arrangements: [STREET_2027, STREET_2027] }
    expect(HolidaySettings.safeParse(twice).success).toBe(false)
    expect(HolidaySettings.parse({})).toEqual({ arrangements: [] })
  })
})
