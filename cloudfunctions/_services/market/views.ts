/**
 * What a market looks like to whom: a resident sees the published markets of their community and
 * street, with seats left and people waiting, and only their own bookings; staff see the markets
 * in their scope, drafts included for those who manage them.
 */
import type { Caller } from '../../../types/identity'
import type { DetailOutput, ListOutput, MarketCard, MineOutput, MyItem } from '../../../types/market'
import { notFound } from '../../_platform/kit/errors'
import type { Platform } from '../../_platform/ports'
import type { Store } from '../../_platform/store/port'
import { mayManage, mayWorkAt, residentSees } from './access'
import { positionOf } from './book'
import { bookings, checkinCodeOf, type MarketDoc, markets, slots, waits } from './docs'

const DAY_MS = 86_400_000

export function toCard(m: MarketDoc): MarketCard {
  return {
    id: m._id,
    title: m.title,
    venue: m.venue,
    date: m.date,
    opensAt: m.opensAt,
    closesAt: m.closesAt,
    bookingOpensAt: m.bookingOpensAt,
    bookingClosesAt: m.bookingClosesAt,
    status: m.status,
    stallNames: m.stalls.map((s) => s.name),
  }
}

/** The staff member's communities and streets (a grid worker's community through the place tree). */
async function staffWheres(store: Store, caller: Caller) {
  const out: Array<Record<string, string>> = []
  for (const { role, orgId } of caller.scopes) {
    if (role === 'street_admin') out.push({ streetId: orgId })
    if (role === 'community_admin' || role === 'grid_leader') out.push({ communityId: orgId })
    if (role === 'grid_worker') {
      const grid = await store.collection('places').get(orgId)
      if (grid?.communityId) out.push({ communityId: String(grid.communityId) })
    }
  }
  return out
}

export async function listMarkets(platform: Platform, caller: Caller): Promise<ListOutput> {
  const { store } = platform
  const now = platform.clock.now()
  const since = new Date(now.getTime() - DAY_MS).toISOString()
  const resident = caller.roles.includes('resident')
  const a = caller.address
  const wheres: Array<Record<string, unknown>> = resident
    ? a
      ? [
          { communityId: a.communityId, status: 'published', opensAt: { gte: since } },
          { streetId: a.streetId, communityId: '', status: 'published', opensAt: { gte: since } },
        ]
      : []
    : (await staffWheres(store, caller)).map((w) => ({
        ...w,
        opensAt: { gte: new Date(now.getTime() - 60 * DAY_MS).toISOString() },
      }))
  const pages = await Promise.all(
    wheres.map((where) => markets(store).find({ where: where as never, orderBy: [['opensAt', 'asc']], limit: 50 })),
  )
  const seen = new Set<string>()
  const items: MarketCard[] = []
  for (const m of pages.flatMap((p) => p.items)) {
    if (seen.has(m._id)) continue
    seen.add(m._id)
    if (resident && m.closesAt <= now.toISOString()) continue
    // a draft is for those who manage it
    if (!resident && m.status === 'draft' && !mayManage(caller, m)) continue
    items.push(toCard(m))
  }
  items.sort((x, y) => (x.opensAt < y.opensAt ? -1 : x.opensAt > y.opensAt ? 1 : 0))
  return { items }
}

export async function marketDetail(platform: Platform, caller: Caller, id: string): Promise<DetailOutput> {
  const { store } = platform
  const m = await markets(store).get(id)
  const visible =
    m &&
    (caller.roles.includes('resident')
      ? residentSees(caller.address, m) &&
        (m.status === 'published' || m.status === 'cancelled' || m.status === 'finished')
      : mayManage(caller, m) || (m.status !== 'draft' && (await mayWorkAt(store, caller, m))))
  if (!m || !visible) throw notFound('没有找到这个集市')
  const [slotPage, waitPage] = await Promise.all([
    slots(store).find({ where: { marketId: id }, orderBy: [['startsAt', 'asc']], limit: 1000 }),
    waits(store).find({ where: { marketId: id, status: 'waiting' }, limit: 1000 }),
  ])
  const waiting = new Map<string, number>()
  for (const w of waitPage.items) waiting.set(w.slotId, (waiting.get(w.slotId) ?? 0) + 1)
  return {
    ...toCard(m),
    walkInShare: m.walkInShare,
    cancelReason: m.cancelReason,
    stalls: m.stalls.map((st) => ({
      id: st.id,
      name: st.name,
      category: st.category,
      provider: st.provider,
      perHouseholdLimit: st.perHouseholdLimit,
      slots: slotPage.items
        .filter((s) => s.stallId === st.id)
        .map((s) => ({
          id: s._id,
          startsAt: s.startsAt,
          endsAt: s.endsAt,
          capacity: s.capacity,
          bookable: s.bookable,
          booked: s.booked,
          available: Math.max(0, s.bookable - s.booked),
          waitlist: waiting.get(s._id) ?? 0,
        })),
    })),
  }
}

/** 我的预约: the caller's own bookings and waiting-list places, nobody else's. */
export async function mine(platform: Platform, caller: Caller): Promise<MineOutput> {
  const { store } = platform
  const now = platform.clock.now().toISOString()
  const since = new Date(Date.parse(now) - 30 * DAY_MS).toISOString()
  const [bookingPage, waitPage] = await Promise.all([
    bookings(store).find({
      where: { residentId: caller.userId, startsAt: { gte: since } },
      orderBy: [['startsAt', 'asc']],
      limit: 100,
    }),
    waits(store).find({ where: { residentId: caller.userId, status: 'waiting' }, limit: 50 }),
  ])
  const items: MyItem[] = bookingPage.items.map((b) => ({
    id: b._id,
    slotId: b.slotId,
    marketId: b.marketId,
    marketTitle: b.marketTitle,
    venue: b.venue,
    stallName: b.stallName,
    startsAt: b.startsAt,
    endsAt: b.endsAt,
    status: b.status,
    ...(b.status === 'offered' && b.offerExpiresAt ? { offerExpiresAt: b.offerExpiresAt } : {}),
    ...(b.status === 'confirmed' ? { checkinCode: checkinCodeOf(b) } : {}),
    ...(b.status === 'cancelled' ? { late: b.lateCancel } : {}),
    ...(b.proxyStaffName ? { proxyStaffName: b.proxyStaffName } : {}),
  }))
  for (const w of waitPage.items.filter((x) => x.startsAt > now)) {
    items.push({
      id: w._id,
      slotId: w.slotId,
      marketId: w.marketId,
      marketTitle: w.marketTitle,
      venue: w.venue,
      stallName: w.stallName,
      startsAt: w.startsAt,
      endsAt: w.endsAt,
      status: 'waitlisted',
      position: await positionOf(store, w),
    })
  }
  items.sort((x, y) => (x.startsAt < y.startsAt ? -1 : x.startsAt > y.startsAt ? 1 : 0))
  const frozen = caller.marketFrozenUntil && caller.marketFrozenUntil > now ? caller.marketFrozenUntil : null
  return { items, frozenUntil: frozen }
}
