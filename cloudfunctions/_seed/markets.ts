/**
 * The demo 民生集市: each community holds one this coming Saturday, 09:00–11:30 China time (relative
 * to the day the seed runs), with 义剪, 义诊, 磨刀, 家电维修 and 法律咨询 in 30-minute slots of 6 seats,
 * a third of them kept for walk-ins; and one the Saturday before, finished, with attendance for
 * the statistics. Fictional, like every person of the demo street.
 */
import { chinaDayIndex, chinaDayStart, HOUR_MS } from '../../types/china-time'
import type { User } from '../../types/identity'
import { bookableOf, cutSlots } from '../_core/market'
import { roomKeyOf } from '../_services/households'
import { type BookingFields, bookingIdOf, type MarketFields, type SlotFields } from '../_services/market/docs'
import { COMMUNITIES, STREET } from './street'

const STALLS = [
  { key: 'haircut', name: '义剪', category: '义剪', provider: '海北理发志愿队' },
  { key: 'clinic', name: '义诊', category: '义诊', provider: '社区卫生服务站' },
  { key: 'knife', name: '磨刀', category: '便民维修', provider: '老街坊志愿者' },
  { key: 'repair', name: '家电维修', category: '便民维修', provider: '海北家电服务队' },
  { key: 'legal', name: '法律咨询', category: '法律咨询', provider: '街道法律服务站' },
]
const CAPACITY = 6
const WALK_IN_SHARE = 1 / 3
const MINUTE_MS = 60_000

/** Day index (China) of the next Saturday on or after today; a Saturday past 09:00 means next week's. */
function comingSaturday(now: Date): number {
  const today = chinaDayIndex(now.getTime())
  // 1970-01-01 was a Thursday: day index 2 is a Saturday
  const ahead = (((2 - today) % 7) + 7) % 7
  const opens = chinaDayStart(today) + 9 * HOUR_MS
  return today + (ahead === 0 && now.getTime() >= opens ? 7 : ahead)
}

const iso = (ms: number) => new Date(ms).toISOString()
const ymd = (day: number) => iso(chinaDayStart(day) + 8 * HOUR_MS).slice(0, 10)

function marketOn(communityId: string, communityName: string, day: number, past: boolean, now: Date) {
  const at = now.toISOString()
  const id = `mk-demo-${communityId.replace('cm-', '')}-${past ? 'past' : 'next'}`
  const start = chinaDayStart(day)
  const opensAt = iso(start + 9 * HOUR_MS)
  const closesAt = iso(start + 11.5 * HOUR_MS)
  const market: MarketFields = {
    _id: id,
    streetId: STREET._id,
    communityId,
    jurisdictionId: communityId,
    title: `${communityName}民生集市`,
    venue: `${communityName}党群服务中心广场`,
    date: ymd(day),
    opensAt,
    closesAt,
    // open from the week before, or from the seed if that is later (a demo can book at once)
    bookingOpensAt: iso(Math.min(now.getTime(), start - 6 * 24 * HOUR_MS)),
    bookingClosesAt: closesAt,
    walkInShare: WALK_IN_SHARE,
    offerMinutes: 30,
    status: past ? 'finished' : 'published',
    stalls: STALLS.map((s) => ({
      id: `${id}-${s.key}`,
      name: s.name,
      category: s.category,
      provider: s.provider,
      perHouseholdLimit: 1,
    })),
    cancelReason: null,
    createdBy: `u-ca-${communityId.replace('cm-', '')}`,
    createdAt: at,
    updatedAt: at,
  }
  const slots: SlotFields[] = market.stalls.flatMap((stall) =>
    cutSlots(opensAt, closesAt, 30, CAPACITY).map((s, i) => ({
      _id: `${stall.id}-${i + 1}`,
      marketId: id,
      stallId: stall.id,
      stallName: stall.name,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      capacity: s.capacity,
      bookable: bookableOf(s.capacity, WALK_IN_SHARE),
      booked: 0,
      walkIns: 0,
      marketStatus: market.status,
      bookingOpensAt: market.bookingOpensAt,
      bookingClosesAt: market.bookingClosesAt,
      perHouseholdLimit: stall.perHouseholdLimit,
      offerMinutes: market.offerMinutes,
      marketTitle: market.title,
      venue: market.venue,
      streetId: market.streetId,
      communityId,
    })),
  )
  return { market, slots }
}

/** The past market's attendance: residents of the community spread over its slots. */
function pastAttendance(slots: SlotFields[], residents: User[], at: string): BookingFields[] {
  const out: BookingFields[] = []
  residents.slice(0, 20).forEach((u, n) => {
    const a = u.address!
    const householdId = roomKeyOf(a.buildingId, a.unit ?? '', a.room ?? '')
    const slot = slots[(n * 3) % slots.length]
    const status = n % 7 === 3 ? 'no_show' : n % 9 === 5 ? 'cancelled' : 'checked_in'
    out.push({
      _id: bookingIdOf(slot, u._id, householdId),
      slotId: slot._id,
      marketId: slot.marketId,
      stallId: slot.stallId,
      stallName: slot.stallName,
      marketTitle: slot.marketTitle,
      venue: slot.venue,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      residentId: u._id,
      residentName: u.name,
      householdId,
      status,
      secret: `demo${n}past${slot._id.length}`,
      requestId: `seed-${n}`,
      proxyStaffId: null,
      proxyStaffName: null,
      offerExpiresAt: null,
      remindAt: '',
      lateCancel: status === 'cancelled',
      cancelReason: status === 'cancelled' ? 'resident' : null,
      checkinNonce: null,
      checkedInAt: status === 'checked_in' ? iso(Date.parse(slot.startsAt) + 5 * MINUTE_MS) : null,
      checkedInBy: null,
      waitId: null,
      createdAt: at,
      updatedAt: at,
    })
    if (status !== 'cancelled') slot.booked++
    slot.walkIns = Math.min(2, slot.walkIns + (n % 2))
  })
  return out
}

/** The documents to seed, by collection. */
export function marketSeed(
  people: User[],
  now: Date,
): Record<string, Array<{ _id: string } & Record<string, unknown>>> {
  const at = now.toISOString()
  const next = comingSaturday(now)
  const markets: MarketFields[] = []
  const slots: SlotFields[] = []
  const bookings: BookingFields[] = []
  for (const c of COMMUNITIES) {
    const coming = marketOn(c._id, c.name, next, false, now)
    const past = marketOn(c._id, c.name, next - 7, true, now)
    const residents = people.filter((u) => u.kind === 'resident' && u.address?.communityId === c._id)
    bookings.push(...pastAttendance(past.slots, residents, at))
    markets.push(coming.market, past.market)
    slots.push(...coming.slots, ...past.slots)
  }
  return { markets, market_slots: slots, market_bookings: bookings }
}
