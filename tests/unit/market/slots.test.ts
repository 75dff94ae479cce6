import { bookableOf, cutSlots, walkInSeats } from '../../../cloudfunctions/_core/market'

describe('walk-in share and bookable seats', () => {
  test.each([
    // capacity, share, walk-ins, bookable
    [6, 1 / 3, 2, 4],
    [30, 1 / 3, 10, 20],
    [10, 0.3, 3, 7],
    [6, 0.3, 2, 4],
    [1, 1 / 3, 1, 0],
    [5, 0, 0, 5],
    [20, 0.9, 18, 2],
  ])('capacity %i with share %d keeps %i for walk-ins, %i bookable', (capacity, share, walkIns, bookable) => {
    expect(walkInSeats(capacity, share)).toBe(walkIns)
    expect(bookableOf(capacity, share)).toBe(bookable)
  })
})

describe('cutting a stall’s hours into slots', () => {
  test('09:00–11:30 China time in 30 minutes: five slots of capacity 6, in UTC', () => {
    const slots = cutSlots('2026-12-05T01:00:00.000Z', '2026-12-05T03:30:00.000Z', 30, 6)
    expect(slots).toHaveLength(5)
    expect(slots[0]).toEqual({ startsAt: '2026-12-05T01:00:00.000Z', endsAt: '2026-12-05T01:30:00.000Z', capacity: 6 })
    expect(slots[4].endsAt).toBe('2026-12-05T03:30:00.000Z')
  })

  test.each([
    ['a remainder shorter than a slot is left out', 40, 3],
    ['one slot the whole length', 150, 1],
    ['a slot longer than the hours gives none', 180, 0],
  ])('%s', (_what, minutes, count) => {
    expect(cutSlots('2026-12-05T01:00:00.000Z', '2026-12-05T03:30:00.000Z', minutes, 4)).toHaveLength(count)
  })

  test.each([
    [0, 6],
    [30, 0],
    [12.5, 6],
  ])('refuses minutes %d / capacity %d', (minutes, capacity) => {
    expect(() => cutSlots('2026-12-05T01:00:00.000Z', '2026-12-05T03:30:00.000Z', minutes, capacity)).toThrow()
  })
})
