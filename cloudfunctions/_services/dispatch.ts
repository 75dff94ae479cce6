/**
 * Routing against the stored street: the slice one decision needs (the catalogue, the rules, the
 * estate, the orgs around it) comes from the reference cache; the rosters (who is on duty) and the
 * open loads of the property staff who could take the order are read fresh. The pure core decides.
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
import { type BuildingPlace, type OrgDoc, orgsOf } from './places'
import { cachedRead } from './reference-cache'
import { membersOf, openLoadOf, userNameOf } from './rosters'

const activeRules = (store: Store) =>
  cachedRead(store, 'rules', async () => {
    const page = await store.collection('routing_rules').find({ where: { active: true }, limit: 1000 })
    return page.items.map((r) => RoutingRule.parse({ ...r, id: r._id }))
  })

const departments = (store: Store) =>
  cachedRead(
    store,
    'departments',
    async () => (await orgsOf(store).find({ where: { kind: 'department' }, limit: 500 })).items,
  )

const orgById = (store: Store, id: string) => cachedRead(store, `org:${id}`, () => orgsOf(store).get(id))

const nameOf = (store: Store, userId: string) => cachedRead(store, `name:${userId}`, () => userNameOf(store, userId))

/** The org's roster, read fresh: who is on duty decides who gets the order. Names come from the cache. */
async function rosterOf(store: Store, orgId: string): Promise<StaffInput[]> {
  const members = await membersOf(store, orgId)
  return Promise.all(
    members.map(async (m) => ({
      id: m.userId,
      name: await nameOf(store, m.userId),
      orgId,
      role: m.role,
      onDuty: m.onDuty,
      openLoad: 0,
    })),
  )
}

export async function routeReport(
  store: Store,
  place: BuildingPlace,
  request: { categoryCode: string; channel: Channel },
): Promise<RouteDecision> {
  const { estate, building } = place
  const orgIds = [estate.gridId, estate.communityId, estate.propertyCompanyId].filter((id): id is string => !!id)
  const [categories, rules, depts, near, rosters] = await Promise.all([
    activeCategories(store),
    activeRules(store),
    departments(store),
    Promise.all(orgIds.map((id) => orgById(store, id))),
    Promise.all(orgIds.map((id) => rosterOf(store, id))),
  ])
  const orgs: OrgInput[] = [...near.filter((o): o is OrgDoc => o !== null), ...depts].map((o) => ({
    id: o._id,
    kind: o.kind,
    name: o.name,
  }))
  // only property staff are chosen by load; grid workers are designated, others take the pool
  const staff: StaffInput[] = await Promise.all(
    rosters
      .flat()
      .map(async (s) =>
        s.role === 'property_staff' && s.onDuty ? { ...s, openLoad: await openLoadOf(store, s.id) } : s,
      ),
  )
  const world = buildRoutingWorld({
    categories,
    rules,
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
