/**
 * The orgs an order may be transferred to, or whistle in: loads the order's place and its street's
 * orgs, then asks the core (`transferTargets`) which of them serve it for this caller.
 */
import type { HandlerKind } from '../../types/catalog'
import type { Caller } from '../../types/identity'
import { groupTargets, relationsOf, type TargetGroup, type TargetOrg, transferTargets } from '../_core/workflow'
import type { Platform } from '../_platform/ports'
import type { Store } from '../_platform/store/port'
import type { OrderDoc } from './orders'
import { estateOf, type OrgDoc } from './places'
import { cachedRead } from './reference-cache'

const TARGET_KINDS: readonly string[] = ['grid', 'property', 'community', 'department']

/** Every grid, property company, community and department of the street the community belongs to. */
export function streetOrgsOf(store: Store, communityId: string): Promise<TargetOrg[]> {
  return cachedRead(store, `street-orgs:${communityId}`, async () => {
    const orgs = store.collection<OrgDoc & { parentId?: string }>('orgs')
    const community = await orgs.get(communityId)
    const streetId = community?.parentId
    if (!streetId) return []
    const top = await orgs.find({ where: { parentId: streetId }, limit: 1000 })
    const communityIds = top.items.filter((o) => o.kind === 'community').map((o) => o._id)
    const grids = communityIds.length
      ? await orgs.find({ where: { parentId: { in: communityIds }, kind: 'grid' }, limit: 1000 })
      : { items: [] }
    return [...top.items, ...grids.items]
      .filter((o) => TARGET_KINDS.includes(o.kind))
      .map((o) => ({ id: o._id, kind: o.kind as HandlerKind, name: o.name }))
  })
}

/** The valid targets, grouped with the right ones first (an order outside any building: by its estate). */
export async function transferTargetsOf(
  platform: Platform,
  caller: Caller,
  order: OrderDoc,
): Promise<(TargetOrg & { group: TargetGroup })[]> {
  const [{ estate }, streetOrgs] = await Promise.all([
    estateOf(platform.store, order.estateId),
    streetOrgsOf(platform.store, order.communityId),
  ])
  const place = {
    gridId: order.gridId,
    communityId: order.communityId,
    propertyCompanyId: estate.propertyCompanyId ?? null,
    handlerOrgId: order.handlerOrgId,
    status: order.status,
  }
  return groupTargets(place, transferTargets(place, streetOrgs, relationsOf(caller, order)))
}
