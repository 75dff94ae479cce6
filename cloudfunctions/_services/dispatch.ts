/**
 * Routing against the stored street: reads only the slice one decision needs (the category, its
 * rules, the estate, the orgs around it and their rosters with open loads), then asks the pure core.
 */
import type { Channel } from '../../types/catalog'
import { RoutingRule } from '../../types/catalog'
import {
  buildRoutingWorld,
  type OrgInput,
  type RouteDecision,
  RoutingError,
  route,
  type StaffInput,
} from '../_core/routing'
import { invalidInput } from '../_platform/kit/errors'
import type { Store } from '../_platform/store/port'
import { activeCategories } from './catalog'
import { type BuildingPlace, orgsOf } from './places'
import { membersOf, openLoadOf, userNameOf } from './rosters'

export async function routeReport(
  store: Store,
  place: BuildingPlace,
  request: { categoryCode: string; channel: Channel },
): Promise<RouteDecision> {
  const { estate, building } = place
  const [categories, rules, departments] = await Promise.all([
    activeCategories(store),
    store.collection('routing_rules').find({ where: { active: true }, limit: 1000 }),
    orgsOf(store).find({ where: { kind: 'department' }, limit: 200 }),
  ])
  const orgIds = [estate.gridId, estate.communityId, estate.propertyCompanyId].filter((id): id is string => !!id)
  const nearOrgs = (await Promise.all(orgIds.map((id) => orgsOf(store).get(id)))).filter((o) => o !== null)
  const orgs: OrgInput[] = [...nearOrgs, ...departments.items].map((o) => ({ id: o._id, kind: o.kind, name: o.name }))

  const staff: StaffInput[] = []
  for (const orgId of orgIds) {
    for (const m of await membersOf(store, orgId)) {
      staff.push({
        id: m.userId,
        name: await userNameOf(store, m.userId),
        orgId,
        role: m.role,
        onDuty: m.onDuty,
        openLoad: await openLoadOf(store, m.userId),
      })
    }
  }
  const world = buildRoutingWorld({
    categories,
    rules: rules.items.map((r) => RoutingRule.parse({ ...r, id: r._id })),
    estates: [
      {
        id: estate._id,
        name: estate.name,
        propertyCompanyId: estate.propertyCompanyId ?? null,
        gridId: estate.gridId,
        communityId: estate.communityId,
      },
    ],
    orgs,
    staff,
  })
  try {
    return route(world, { ...request, estateId: estate._id, buildingId: building._id })
  } catch (error) {
    if (error instanceof RoutingError) throw invalidInput(error.message)
    throw error
  }
}
