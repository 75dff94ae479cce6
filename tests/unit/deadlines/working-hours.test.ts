import { addWorkingHours, isChinaWorkday } from '../../../cloudfunctions/_core/deadlines'
import { chinaDayIndex } from '../../../cloudfunctions/_core/deadlines/china-time'

/** A China-local wall-clock time as a Date: cn('2026-11-23 10:00'). */
const cn = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`)

describe('the 2026 calendar from chinese-days', () => {
  it.each([
    ['2026-09-20', true, '调休: Sunday make-up workday before National Day'],
    ['2026-10-10', true, '调休: Saturday make-up workday after National Day'],
    ['2026-10-01', false, 'National Day'],
    ['2026-10-07', false, 'National Day week'],
    ['2026-10-08', true, 'first workday after National Day'],
    ['2026-09-25', false, 'Mid-autumn (a Friday)'],
    ['2026-02-14', true, 'Spring Festival make-up Saturday'],
    ['2026-11-21', false, 'ordinary Saturday'],
    ['2026-11-23', true, 'ordinary Monday'],
  ])('%s is a workday: %s (%s)', (date, expected) => {
    expect(isChinaWorkday(chinaDayIndex(cn(`${date} 12:00`).getTime()))).toBe(expected)
  })
})

describe('addWorkingHours (08:30–17:30 China time)', () => {
  it.each([
    // [start (China time), hours, expected end (China time), why]
    ['2026-11-23 10:00', 2, '2026-11-23 12:00', 'inside one working day'],
    ['2026-11-23 16:30', 2, '2026-11-24 09:30', 'over a night'],
    ['2026-11-23 07:00', 1, '2026-11-23 09:30', 'before opening counts from 08:30'],
    ['2026-11-23 20:00', 1, '2026-11-24 09:30', 'after closing counts from the next morning'],
    ['2026-11-23 08:30', 9, '2026-11-23 17:30', 'a full day ends at the closing minute'],
    ['2026-11-27 17:00', 2, '2026-11-30 10:00', 'Friday afternoon → Monday, over a weekend'],
    ['2026-11-28 10:00', 1, '2026-11-30 09:30', 'reported on a Saturday'],
    ['2026-09-30 16:30', 2, '2026-10-08 09:30', 'over the National Day week'],
    ['2026-10-01 09:00', 1, '2026-10-08 09:30', 'reported on National Day'],
    ['2026-10-09 16:00', 2, '2026-10-10 09:00', 'into the make-up Saturday 2026-10-10'],
    ['2026-09-18 17:00', 1, '2026-09-20 09:00', 'into the make-up Sunday 2026-09-20'],
    ['2026-09-24 17:00', 1, '2026-09-28 09:00', 'over Mid-autumn (Fri 09-25 to Sun 09-27)'],
    ['2026-11-23 10:00', 0.25, '2026-11-23 10:15', 'fractions of an hour'],
    ['2026-11-23 10:00', 40, '2026-11-27 14:00', 'a working week less a bit'],
    ['2026-11-23 10:00', 0, '2026-11-23 10:00', 'zero hours is the start itself'],
  ])('%s + %sh → %s (%s)', (start, hours, end) => {
    expect(addWorkingHours(cn(start), hours).toISOString()).toBe(cn(end).toISOString())
  })

  it.each([
    [{ start: '09:00', end: '12:00' }, '2026-11-23 11:00', 2, '2026-11-24 10:00'],
    [{ start: '14:00', end: '18:00' }, '2026-11-23 10:00', 5, '2026-11-24 15:00'],
  ])('custom office hours %j: %s + %sh → %s', (office, start, hours, end) => {
    expect(addWorkingHours(cn(start), hours, office).toISOString()).toBe(cn(end).toISOString())
  })

  it('rejects office hours that close before they open', () => {
    expect(() => addWorkingHours(cn('2026-11-23 10:00'), 1, { start: '18:00', end: '09:00' })).toThrow(RangeError)
  })
})
