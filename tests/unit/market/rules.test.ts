import {
  afterNoShow,
  type BookingFacts,
  bookingRefusal,
  cancelTerms,
  liftFreeze,
  reminderAt,
} from '../../../cloudfunctions/_core/market'

const base: BookingFacts = {
  now: '2026-12-02T02:00:00.000Z',
  marketStatus: 'published',
  bookingOpensAt: '2026-12-01T00:00:00.000Z',
  bookingClosesAt: '2026-12-05T03:30:00.000Z',
  slotStartsAt: '2026-12-05T01:00:00.000Z',
  householdVerified: true,
  frozenUntil: null,
}

describe('booking window and refusals', () => {
  test.each<[string, Partial<BookingFacts>, ReturnType<typeof bookingRefusal>]>([
    ['inside the window', {}, null],
    ['before the window opens', { now: '2026-11-30T23:59:59.000Z' }, 'window_not_open'],
    ['at the opening instant', { now: '2026-12-01T00:00:00.000Z' }, null],
    ['at the closing instant', { now: '2026-12-05T03:30:00.000Z' }, 'window_closed'],
    ['the slot has started', { now: '2026-12-05T01:00:00.000Z' }, 'slot_started'],
    ['a draft market', { marketStatus: 'draft' }, 'market_not_open'],
    ['a cancelled market', { marketStatus: 'cancelled' }, 'market_cancelled'],
    ['a finished market', { marketStatus: 'finished' }, 'market_not_open'],
    ['an unverified household', { householdVerified: false }, 'not_verified'],
    ['frozen until later', { frozenUntil: '2026-12-10T00:00:00.000Z' }, 'frozen'],
    ['a freeze that has ended', { frozenUntil: '2026-12-01T00:00:00.000Z' }, null],
  ])('%s', (_what, over, expected) => {
    expect(bookingRefusal({ ...base, ...over })).toBe(expected)
  })
})

describe('cancelling: free until 2 hours before the slot', () => {
  const starts = '2026-12-05T01:00:00.000Z'
  test.each([
    ['a day before', '2026-12-04T01:00:00.000Z', { allowed: true, late: false }],
    ['exactly 2 hours before', '2026-12-04T23:00:00.000Z', { allowed: true, late: false }],
    ['1 hour 59 before', '2026-12-04T23:01:00.000Z', { allowed: true, late: true }],
    ['a minute before', '2026-12-05T00:59:00.000Z', { allowed: true, late: true }],
  ])('%s', (_what, now, expected) => {
    expect(cancelTerms(now, starts)).toEqual(expected)
  })
  test('once the slot started it cannot be cancelled', () => {
    expect(cancelTerms(starts, starts)).toMatchObject({ allowed: false })
  })
})

describe('no-show freeze: 3 in 90 days freeze online booking for 14 days', () => {
  const day = (d: string) => `${d}T03:30:00.000Z`
  test.each<[string, string[], string, string | null, number]>([
    ['the first no-show', [], day('2026-12-05'), null, 1],
    ['the second', [day('2026-10-01')], day('2026-12-05'), null, 2],
    [
      'the third within 90 days freezes',
      [day('2026-10-01'), day('2026-11-07')],
      day('2026-12-05'),
      day('2026-12-19'),
      3,
    ],
    ['an old one beyond 90 days does not count', [day('2026-08-01'), day('2026-11-07')], day('2026-12-05'), null, 2],
  ])('%s', (_what, noShows, at, frozenUntil, kept) => {
    const next = afterNoShow({ noShows, frozenUntil: null }, at)
    expect(next.frozenUntil).toBe(frozenUntil)
    expect(next.noShows).toHaveLength(kept)
  })
  test('a longer freeze already in place is kept', () => {
    const next = afterNoShow(
      { noShows: [day('2026-11-01'), day('2026-11-02')], frozenUntil: day('2027-01-30') },
      day('2026-12-05'),
    )
    expect(next.frozenUntil).toBe(day('2027-01-30'))
  })
  test('the community lifts a freeze: nothing counts any more', () => {
    expect(liftFreeze({ noShows: [day('2026-11-01')], frozenUntil: day('2026-12-19') })).toEqual({
      noShows: [],
      frozenUntil: null,
    })
  })
  test('the reminder is due 2 hours before the slot', () => {
    expect(reminderAt('2026-12-05T01:00:00.000Z')).toBe('2026-12-04T23:00:00.000Z')
  })
})
