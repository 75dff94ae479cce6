import {
  counterKeyOf,
  formatOrderNumber,
  hourlyCounterKeyOf,
  isStaleRateKey,
  RATE_KEY_RANGE,
} from '../../../cloudfunctions/_core/numbering'

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

describe('an hourly counter is stale two hours after its China-local hour ended', () => {
  it.each([
    // the 09:00–10:00 China hour ends 02:00Z
    ['rate-u-1-2026112209', '2026-11-22T03:59:59.999Z', false],
    ['rate-u-1-2026112209', '2026-11-22T04:00:00.000Z', true],
    ['rate-u-1-2026112209', '2026-11-22T01:30:00.000Z', false], // the hour itself
    ['rate-u-1-2026112223', '2026-11-22T18:00:00.000Z', true], // 23:00 China ends 16:00Z
    ['rate-u-1-2026112223', '2026-11-22T17:59:00.000Z', false],
    ['rate-u-x-y-2026010100', '2026-06-01T00:00:00.000Z', true], // a user id with dashes
    ['wo-HB-20261122', '2027-01-01T00:00:00.000Z', false], // a day's number counter is never ours
    ['rate-u-1-20261122', '2027-01-01T00:00:00.000Z', false], // malformed: kept
  ])('%s at %s → %s', (key, now, stale) => {
    expect(isStaleRateKey(key, new Date(now))).toBe(stale)
  })

  it('every hourly key sorts inside RATE_KEY_RANGE, day counters outside it', () => {
    const inRange = (k: string) => k >= RATE_KEY_RANGE.gte && k < RATE_KEY_RANGE.lt
    expect(inRange(hourlyCounterKeyOf('u-1', new Date()))).toBe(true)
    expect(inRange(hourlyCounterKeyOf('zzz', new Date()))).toBe(true)
    expect(inRange(counterKeyOf('HB', new Date()))).toBe(false)
  })
})
