import { offerExpiry, waitRank } from '../../../cloudfunctions/_core/market'

describe('waiting-list order: priority first, then who joined first', () => {
  test('sorting the ranks gives the offer order', () => {
    const entries = [
      { name: 'late normal', rank: waitRank(0, 3, 'wt-c') },
      { name: 'early normal', rank: waitRank(0, 1, 'wt-z') },
      { name: 'elder (priority 1) joined last', rank: waitRank(1, 9, 'wt-a') },
      { name: 'disabled (priority 2)', rank: waitRank(2, 5, 'wt-b') },
      { name: 'middle normal', rank: waitRank(0, 2, 'wt-y') },
    ]
    const order = [...entries].sort((a, b) => (a.rank < b.rank ? -1 : 1)).map((e) => e.name)
    expect(order).toEqual([
      'disabled (priority 2)',
      'elder (priority 1) joined last',
      'early normal',
      'middle normal',
      'late normal',
    ])
  })
  test.each([
    [100, 99],
    [1000, 999],
    [123456, 123455],
  ])('a later join (%i) sorts after an earlier one (%i) whatever the digits', (later, earlier) => {
    expect(waitRank(0, earlier, 'wt-z') < waitRank(0, later, 'wt-a')).toBe(true)
  })
  test('priority is clamped to 0…9', () => {
    expect(waitRank(42, 1, 'x')).toBe(waitRank(9, 1, 'x'))
    expect(waitRank(-3, 1, 'x')).toBe(waitRank(0, 1, 'x'))
  })
})

describe('offer expiry: offerMinutes, never beyond 30 minutes before the slot', () => {
  const starts = '2026-12-05T01:00:00.000Z'
  test.each<[string, string, number | undefined, string | null]>([
    ['well ahead: 30 minutes (default)', '2026-12-04T10:00:00.000Z', undefined, '2026-12-04T10:30:00.000Z'],
    ['well ahead: 60 minutes when the market says so', '2026-12-04T10:00:00.000Z', 60, '2026-12-04T11:00:00.000Z'],
    ['close to the slot: cut at 30 minutes before', '2026-12-05T00:10:00.000Z', 30, '2026-12-05T00:30:00.000Z'],
    ['exactly 30 minutes before: no time to offer', '2026-12-05T00:30:00.000Z', 30, null],
    ['later than that: no offer', '2026-12-05T00:45:00.000Z', 30, null],
  ])('%s', (_what, now, minutes, expected) => {
    expect(offerExpiry(now, starts, minutes)).toBe(expected)
  })
})
