import { marketSeed } from '../../../cloudfunctions/_seed/markets'
import { otherResidents, PERSONA_USERS } from '../../../cloudfunctions/_seed/street'
import type { User } from '../../../types/identity'

const people = [...PERSONA_USERS, ...otherResidents()] as User[]
const cst = (local: string) => new Date(`${local}+08:00`)

describe('the demo markets fall on the coming Saturday, 09:00–11:30 China time', () => {
  test.each([
    ['a Tuesday', '2026-12-01T10:00:00', '2026-12-05'],
    ['a Saturday before the market opens', '2026-12-05T08:00:00', '2026-12-05'],
    ['a Saturday after it opened: next week', '2026-12-05T09:30:00', '2026-12-12'],
    ['a Sunday', '2026-12-06T12:00:00', '2026-12-12'],
    ['late Friday evening in China (still Friday in UTC for hours)', '2026-12-04T23:30:00', '2026-12-05'],
  ])('seeded on %s', (_what, seededAt, date) => {
    const seed = marketSeed(people, cst(seededAt))
    const coming = seed.markets.filter((m) => m.status === 'published')
    expect(coming.map((m) => m.date)).toEqual([date, date])
    for (const m of coming) {
      expect(m.opensAt).toBe(cst(`${date}T09:00:00`).toISOString())
      expect(m.closesAt).toBe(cst(`${date}T11:30:00`).toISOString())
      expect(String(m.bookingOpensAt) <= cst(seededAt).toISOString()).toBe(true)
    }
  })

  test('five stalls of five 30-minute slots, 6 seats with 4 bookable; a finished market with attendance', () => {
    const seed = marketSeed(people, cst('2026-12-01T10:00:00'))
    const next = seed.markets.find((m) => m._id === 'mk-demo-beiyuan-next')!
    expect((next.stalls as Array<{ name: string }>).map((s) => s.name)).toEqual([
      '义剪',
      '义诊',
      '磨刀',
      '家电维修',
      '法律咨询',
    ])
    const slots = seed.market_slots.filter((s) => s.marketId === next._id)
    expect(slots).toHaveLength(25)
    for (const s of slots) expect(s).toMatchObject({ capacity: 6, bookable: 4, booked: 0 })
    const past = seed.market_bookings.filter((b) => b.marketId === 'mk-demo-beiyuan-past')
    expect(past.some((b) => b.status === 'checked_in')).toBe(true)
    expect(past.some((b) => b.status === 'no_show')).toBe(true)
    // the past slots count what their bookings hold
    const pastSlots = seed.market_slots.filter((s) => s.marketId === 'mk-demo-beiyuan-past')
    const held = past.filter((b) => b.status !== 'cancelled').length
    expect(pastSlots.reduce((n, s) => n + Number(s.booked), 0)).toBe(held)
  })
})
