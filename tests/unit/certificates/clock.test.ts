import {
  addWorkingDays,
  endOfChinaDay,
  isOverdue,
  pauseClock,
  resumeClock,
  startClock,
  workingDaysBetween,
} from '../../../cloudfunctions/_core/certificates'
import { chinaDayIndex, workCalendar } from '../../../cloudfunctions/_core/deadlines'

/** an instant at China-local 'YYYY-MM-DD HH:mm' */
const china = (s: string) => new Date(`${s.replace(' ', 'T')}:00+08:00`)
const day = (ymd: string) => chinaDayIndex(china(`${ymd} 12:00`).getTime())
const endOf = (ymd: string) => endOfChinaDay(day(ymd))

describe('working days', () => {
  test.each([
    // Tue 2026-12-01 + 3 working days → Fri 12-04 (the example: 预计12月4日前办结)
    ['2026-12-01', 3, '2026-12-04'],
    // Fri + 3 → Wed (the weekend does not count)
    ['2026-12-04', 3, '2026-12-09'],
    // a Saturday, instant: the next working day
    ['2026-12-05', 0, '2026-12-07'],
    // National Day 2026: 10-01..10-07 off, Sat 10-10 a make-up workday (调休)
    ['2026-09-30', 1, '2026-10-08'],
    ['2026-10-09', 1, '2026-10-10'],
  ])('%s + %d → %s', (from, n, to) => {
    expect(addWorkingDays(day(from), n)).toBe(day(to))
  })

  test('a street override counts: a declared day off is skipped', () => {
    const cal = workCalendar([{ year: 2026, holidays: ['2026-12-02'], workdays: [] }])
    expect(addWorkingDays(day('2026-12-01'), 3, cal)).toBe(day('2026-12-07'))
  })

  test.each([
    ['2026-12-01', '2026-12-04', 3],
    ['2026-12-04', '2026-12-04', 0],
    ['2026-12-05', '2026-12-04', 0],
    ['2026-12-04', '2026-12-09', 3],
  ])('working days in (%s, %s] = %d', (from, to, n) => {
    expect(workingDaysBetween(day(from), day(to))).toBe(n)
  })
})

describe('the request clock', () => {
  const limit = { kind: 'workingDays' as const, days: 3 }

  test('starts: due at the end of the 3rd working day', () => {
    const c = startClock(china('2026-12-01 10:00'), limit)
    expect(c).toEqual({ kind: 'workingDays', days: 3, dueBy: endOf('2026-12-04'), pausedAt: null, remainingDays: null })
    expect(c.dueBy).toBe('2026-12-04T15:59:59.999Z')
  })

  test('an instant type is due the same working day', () => {
    expect(startClock(china('2026-12-01 10:00'), { kind: 'instant', days: 0 }).dueBy).toBe(endOf('2026-12-01'))
  })

  test('stops in need_supplement and restarts with the days left', () => {
    const started = startClock(china('2026-12-01 10:00'), limit)
    // asked for more on Wed 12-02: Thu and Fri were left
    const paused = pauseClock(started, china('2026-12-02 15:00'))
    expect(paused).toMatchObject({ dueBy: null, pausedAt: china('2026-12-02 15:00').toISOString(), remainingDays: 2 })
    expect(isOverdue(paused, china('2026-12-20 10:00'))).toBe(false)
    // the resident supplements on Mon 12-14: two working days from then → Wed 12-16
    const resumed = resumeClock(paused, china('2026-12-14 09:00'))
    expect(resumed).toMatchObject({ dueBy: endOf('2026-12-16'), pausedAt: null, remainingDays: null })
    expect(isOverdue(resumed, china('2026-12-16 23:00'))).toBe(false)
    expect(isOverdue(resumed, china('2026-12-17 00:01'))).toBe(true)
  })

  test('paused when already overdue: nothing is left, due the day it restarts', () => {
    const started = startClock(china('2026-12-01 10:00'), limit)
    const paused = pauseClock(started, china('2026-12-07 10:00'))
    expect(paused.remainingDays).toBe(0)
    expect(resumeClock(paused, china('2026-12-08 10:00')).dueBy).toBe(endOf('2026-12-08'))
  })

  test('pausing twice or resuming a running clock changes nothing', () => {
    const started = startClock(china('2026-12-01 10:00'), limit)
    expect(resumeClock(started, china('2026-12-02 10:00'))).toBe(started)
    const paused = pauseClock(started, china('2026-12-02 10:00'))
    expect(pauseClock(paused, china('2026-12-03 10:00'))).toBe(paused)
  })
})
