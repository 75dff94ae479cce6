import {
  chinaDateCompact,
  chinaDayIndex,
  chinaDayStart,
  formatDateTime,
  formatDeadline,
  formatTime,
  remainingText,
} from '../../../types/china-time'

describe('China time is UTC+8 whatever the machine zone', () => {
  test.each([
    // UTC instant → China wall clock
    ['2026-11-23T02:00:00.000Z', '11-23 10:00', '2026-11-23 10:00', '11月23日 10:00', '20261123'],
    ['2026-12-31T16:30:00.000Z', '01-01 00:30', '2027-01-01 00:30', '1月1日 00:30', '20270101'], // new year in China first
    ['2026-11-23T15:59:00.000Z', '11-23 23:59', '2026-11-23 23:59', '11月23日 23:59', '20261123'],
    ['2026-02-28T16:00:00.000Z', '03-01 00:00', '2026-03-01 00:00', '3月1日 00:00', '20260301'],
  ])('%s → %s', (iso, time, dateTime, deadline, compact) => {
    expect(formatTime(iso)).toBe(time)
    expect(formatDateTime(iso)).toBe(dateTime)
    expect(formatDeadline(iso)).toBe(deadline)
    expect(chinaDateCompact(new Date(iso))).toBe(compact)
  })

  test.each([null, undefined, '', 'not a date'])('a missing or bad date (%p) formats as empty text', (bad) => {
    expect(formatTime(bad)).toBe('')
    expect(formatDateTime(bad)).toBe('')
    expect(formatDeadline(bad)).toBe('')
    expect(remainingText(bad)).toBe('')
  })

  test('a China day starts at 16:00 UTC the day before', () => {
    const at = Date.parse('2026-11-23T15:59:59.999Z')
    expect(new Date(chinaDayStart(chinaDayIndex(at))).toISOString()).toBe('2026-11-22T16:00:00.000Z')
    expect(chinaDayIndex(at + 1)).toBe(chinaDayIndex(at) + 1)
  })

  const now = Date.parse('2026-11-23T02:00:00.000Z')
  test.each([
    ['2026-11-23T02:30:00.000Z', '剩余30分钟'],
    ['2026-11-23T05:00:00.000Z', '剩余3小时'],
    ['2026-11-26T02:00:00.000Z', '剩余3天'],
    ['2026-11-23T01:59:50.000Z', '已超时1分钟'],
    ['2026-11-23T00:00:00.000Z', '已超时2小时'],
  ])('deadline %s seen at 10:00 → %s', (iso, text) => {
    expect(remainingText(iso, now)).toBe(text)
  })
})
