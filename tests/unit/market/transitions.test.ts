import { BOOKING_TRANSITIONS, bookingTransition, holdsSeat } from '../../../cloudfunctions/_core/market'
import { BOOKING_STATUSES } from '../../../types/market-labels'

describe('the booking transition table', () => {
  test.each([
    ['none', 'book', 'resident', 'confirmed'],
    ['none', 'book', 'proxy', 'confirmed'],
    ['cancelled', 'book', 'resident', 'confirmed'],
    ['none', 'offer', 'system', 'offered'],
    ['offered', 'accept', 'resident', 'confirmed'],
    ['confirmed', 'cancel', 'resident', 'cancelled'],
    ['offered', 'cancel', 'proxy', 'cancelled'],
    ['offered', 'expire', 'system', 'cancelled'],
    ['confirmed', 'checkin', 'staff', 'checked_in'],
    ['confirmed', 'no_show', 'system', 'no_show'],
    ['confirmed', 'organizer_cancel', 'organizer', 'cancelled_by_organizer'],
    ['offered', 'organizer_cancel', 'organizer', 'cancelled_by_organizer'],
  ] as const)('%s --%s by %s→ %s', (from, event, by, to) => {
    expect(bookingTransition(from, event, by)).toBe(to)
  })

  test.each([
    ['confirmed', 'book', 'resident', 'a seat held cannot be booked again'],
    ['no_show', 'book', 'resident', 'a missed slot does not reopen the stall'],
    ['checked_in', 'cancel', 'resident', 'nobody cancels after checking in'],
    ['confirmed', 'expire', 'system', 'only offers expire'],
    ['offered', 'expire', 'resident', 'a resident does not expire offers'],
    ['confirmed', 'checkin', 'resident', 'a resident does not check themselves in'],
    ['cancelled', 'checkin', 'staff', 'a cancelled booking is not checked in'],
    ['checked_in', 'no_show', 'system', 'who came is no no-show'],
    ['cancelled_by_organizer', 'accept', 'resident', 'an organiser cancel is final'],
    ['confirmed', 'accept', 'resident', 'accepting needs an offer'],
  ] as const)('%s --%s by %s is refused: %s', (from, event, by, _why) => {
    expect(bookingTransition(from, event, by)).toBeNull()
  })

  test('every row leads to a known status; seats are held by confirmed, offered and checked-in only', () => {
    for (const row of Object.values(BOOKING_TRANSITIONS)) expect(BOOKING_STATUSES).toContain(row.to)
    expect(BOOKING_STATUSES.filter(holdsSeat)).toEqual(['confirmed', 'offered', 'checked_in'])
  })
})
