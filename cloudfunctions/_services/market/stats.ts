/** 集市统计: fill rate, no-show rate, waiting-list conversion and stall utilisation, from the stored facts. */
import type { Caller } from '../../../types/identity'
import type { StatsOutput } from '../../../types/market'
import { marketRates, utilisation } from '../../_core/market'
import type { Platform } from '../../_platform/ports'
import { allBookings } from './checkin'
import { slots, type WaitDoc, waits } from './docs'
import { loadManagedMarket } from './save'

async function allWaits(platform: Platform, marketId: string): Promise<WaitDoc[]> {
  const out: WaitDoc[] = []
  let cursor: string | null = null
  do {
    const page = await waits(platform.store).find({ where: { marketId }, limit: 1000, cursor })
    out.push(...page.items)
    cursor = page.nextCursor
  } while (cursor)
  return out
}

export async function marketStats(platform: Platform, caller: Caller, id: string): Promise<StatsOutput> {
  const m = await loadManagedMarket(platform.store, caller, id)
  const [slotPage, list, waitList] = await Promise.all([
    slots(platform.store).find({ where: { marketId: id }, limit: 1000 }),
    allBookings(platform, id),
    allWaits(platform, id),
  ])
  const seated = list.filter((b) => b.status === 'confirmed' || b.status === 'checked_in' || b.status === 'no_show')
  const counts = {
    bookable: slotPage.items.reduce((n, s) => n + s.bookable, 0),
    booked: seated.length,
    checkedIn: list.filter((b) => b.status === 'checked_in').length,
    noShows: list.filter((b) => b.status === 'no_show').length,
    lateCancels: list.filter((b) => b.status === 'cancelled' && b.lateCancel).length,
    waitEntries: waitList.length,
    offersAccepted: waitList.filter((w) => w.status === 'accepted').length,
    walkIns: slotPage.items.reduce((n, s) => n + s.walkIns, 0),
  }
  const stalls = m.stalls.map((st) => {
    const ss = slotPage.items.filter((s) => s.stallId === st.id)
    const bs = list.filter((b) => b.stallId === st.id)
    const capacity = ss.reduce((n, s) => n + s.capacity, 0)
    const checkedIn = bs.filter((b) => b.status === 'checked_in').length
    const walkIns = ss.reduce((n, s) => n + s.walkIns, 0)
    return {
      stallId: st.id,
      stallName: st.name,
      utilisation: utilisation(checkedIn, walkIns, capacity),
      booked: bs.filter((b) => seated.includes(b)).length,
      checkedIn,
      walkIns,
      capacity,
    }
  })
  return { id, ...marketRates(counts), stalls, counts }
}
