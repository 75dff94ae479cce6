import type { Caller } from '../../../types/identity'
import type { Platform } from '../../_platform/ports'
import { placesOf, streetOfCommunity } from '../places'

/** The street and community whose catalogue the caller sees: their home, or (a grid worker) their grid's. */
export async function placeOfCaller(
  platform: Platform,
  caller: Caller,
): Promise<{ streetId: string; communityId: string } | null> {
  if (caller.address?.communityId) {
    const streetId = caller.address.streetId || (await streetOfCommunity(platform.store, caller.address.communityId))
    return streetId ? { streetId, communityId: caller.address.communityId } : null
  }
  const grid = caller.scopes.find((s) => s.role === 'grid_worker')
  if (!grid) return null
  const place = await placesOf(platform.store).get(grid.orgId)
  const communityId = typeof place?.communityId === 'string' ? place.communityId : ''
  const streetId = communityId ? await streetOfCommunity(platform.store, communityId) : null
  return streetId ? { streetId, communityId } : null
}
