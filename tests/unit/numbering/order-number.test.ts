import { counterKeyOf, formatOrderNumber, hourlyCounterKeyOf } from '../../../cloudfunctions/_core/numbering'

describe('order numbers use the China-local date', () => {
  it.each([
    ['HB', '2026-11-22T02:00:00.000Z', 7, 'HB-20261122-0007', 'wo-HB-20261122'],
    ['HB', '2026-11-22T15:59:59.999Z', 1, 'HB-20261122-0001', 'wo-HB-20261122'], // 23:59 in China
    ['HB', '2026-11-22T16:00:00.000Z', 1, 'HB-20261123-0001', 'wo-HB-20261123'], // 00:00 next day in China
    ['HB', '2026-12-31T16:30:00.000Z', 9999, 'HB-20270101-9999', 'wo-HB-20270101'], // new year in China first
    ['XC', '2026-01-05T01:00:00.000Z', 12345, 'XC-20260105-12345', 'wo-XC-20260105'],
  ])('%s at %s seq %d → %s', (prefix, at, seq, number, key) => {
    expect(formatOrderNumber(prefix, new Date(at), seq)).toBe(number)
    expect(counterKeyOf(prefix, new Date(at))).toBe(key)
  })
})

describe('the hourly report counter is per person and per China-local clock hour', () => {
  it.each([
    ['u-1', '2026-11-22T01:00:00.000Z', 'rate-u-1-2026112209'],
    ['u-1', '2026-11-22T01:59:59.999Z', 'rate-u-1-2026112209'], // same hour
    ['u-1', '2026-11-22T02:00:00.000Z', 'rate-u-1-2026112210'], // the next hour starts afresh
    ['u-1', '2026-11-22T15:30:00.000Z', 'rate-u-1-2026112223'],
    ['u-1', '2026-11-22T16:00:00.000Z', 'rate-u-1-2026112300'], // midnight in China
    ['u-2', '2026-11-22T01:00:00.000Z', 'rate-u-2-2026112209'], // another person, another counter
  ])('%s at %s → %s', (userId, at, key) => {
    expect(hourlyCounterKeyOf(userId, new Date(at))).toBe(key)
  })
})
