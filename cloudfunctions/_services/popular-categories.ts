/**
 * 长辈模式's home shows the street's six most reported problems as big tiles: the active categories
 * ranked by the street's reports of the last 90 days (one `countEach` round trip), ties and a new
 * street in catalogue order. Kept 10 minutes per instance: a ranking needs not be fresher.
 */
import type { Category } from '../../types/catalog'
import type { Store } from '../_platform/store/port'
import { ordersOf } from './orders'
import { cachedRead } from './reference-cache'

export const POPULAR_COUNT = 6
const WINDOW_DAYS = 90
const TTL_MS = 10 * 60_000

export function popularCategories(store: Store, streetId: string, active: Category[], now: Date): Promise<string[]> {
  return cachedRead(
    store,
    `popular:${streetId}`,
    async () => {
      const since = new Date(now.getTime() - WINDOW_DAYS * 86_400_000).toISOString()
      const counts = await ordersOf(store).countEach(
        Object.fromEntries(active.map((c) => [c.code, { streetId, categoryCode: c.code, createdAt: { gte: since } }])),
      )
      return [...active]
        .sort((a, b) => (counts[b.code] ?? 0) - (counts[a.code] ?? 0) || a.sort - b.sort)
        .slice(0, POPULAR_COUNT)
        .map((c) => c.code)
    },
    TTL_MS,
  )
}
