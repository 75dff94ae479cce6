/**
 * Routing against the stored street. The slice one decision needs (the catalogue, the rules, the
 * estate, the orgs around it and their rosters) comes from the reference cache; the pure core
 * decides the org, the person and the sentence. Only when several people could take the order are
 * their open loads read (one query, kept 10 s), and the core asked again with them.
 */
import type { Channel } from '../../types/catalog'
import { RoutingRule } from '../../types/catalog'
import {
  buildRoutingWorld,
  type OrgInput,
  type RouteDecision,
  RoutingError,
  type RoutingWorldInput,
  route,
  type StaffInput,
} from '../_core/routing'
import { invalidInput } from '../_platform/kit/errors'
import type { Store } from '../_platform/store/port'
import { activeCategories } from './catalog'
import { allOrgs, type BuildingPlace, type OrgDoc, orgById } from './places'
import { cachedRead } from './reference-cache'
import { departmentRosters, openLoadsOf, rostersOf } from './rosters'

export const activeRules = (store: Store) =>
  cachedRead(store, 'rules', async () => {
    const page = await store.collection('routing_rules').find({ where: { active: true }, limit: 1000 })
    return page.items.map((r) => RoutingRule.parse({ ...r, id: r._id }))
  })

const departments = async (store: Store) => [...(await allOrgs(store)).values()].filter((o) => o.kind === 'department')

/**
 * Open loads of the people who could take an order, read in one query and kept for a short while
 * (least-loaded is a balancing rule, not a promise: a load a few seconds old balances as well, and
 * on CloudBase each query is a round trip on the resident's submit).
 */
const recentOpenLoads = (store: Store, ids: string[]) =>
  cachedRead(store, `loads:${[...ids].sort().join(',')}`, () => openLoadsOf(store, ids), LOADS_TTL_MS)
const LOADS_TTL_MS = 10_000

/** The routing world around one estate, loads unknown: what `route` needs, nothing more. */
export async function routingWorldFor(
  store: Store,
  place: BuildingPlace,
  request: { categoryCode: string },
): Promise<RoutingWorldInput> {
  const { estate } = place
  const orgIds = [estate.gridId, estate.communityId, estate.propertyCompanyId].filter((id): id is string => !!id)
  const [categories, rules, depts, near, rosters, officers] = await Promise.all([
    activeCategories(store),
    activeRules(store),
    departments(store),
    Promise.all(orgIds.map((id) => orgById(store, id))),
    rostersOf(store, orgIds),
    departmentRosters(store),
  ])
  const orgs: OrgInput[] = [...near.filter((o): o is OrgDoc => o !== null), ...depts].map((o) => ({
    id: o._id,
    kind: o.kind,
    name: o.name,
  }))
  return {
    categories: categories.filter((c) => c.code === request.categoryCode),
    rules: rules.filter(
      (r) =>
        (r.estateId === null || r.estateId === estate._id) &&
        (r.categoryCode === null || r.categoryCode === request.categoryCode),
    ),
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
    staff: [...rosters, ...officers],
  }
}

export async function routeReport(
  store: Store,
  place: BuildingPlace,
  request: { categoryCode: string; channel: Channel },
  /** never pick this person (a patrol report is not routed back to the grid worker who filed it) */
  options: { exceptStaffId?: string } = {},
): Promise<RouteDecision> {
  const world = await routingWorldFor(store, place, request)
  const input = options.exceptStaffId
    ? { ...world, staff: world.staff.filter((s) => s.id !== options.exceptStaffId) }
    : world
  const ask = (staff: StaffInput[]) =>
    route(buildRoutingWorld({ ...input, staff }), { ...request, estateId: place.estate._id })
  try {
    const first = ask(input.staff)
    if (first.contenders.length < 2) return first
    const loads = await recentOpenLoads(store, first.contenders)
    const decision = ask(input.staff.map((s) => (loads.has(s.id) ? { ...s, openLoad: loads.get(s.id) ?? 0 } : s)))
    // this instance counts its own dispatches at once, so back-to-back reports still spread out
    if (decision.handler.staffId) loads.set(decision.handler.staffId, (loads.get(decision.handler.staffId) ?? 0) + 1)
    return decision
  } catch (error) {
    if (error instanceof RoutingError) throw invalidInput(error.message)
    throw error
  }
}
