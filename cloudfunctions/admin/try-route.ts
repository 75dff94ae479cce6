import { type RouteOutcome, TryRouteInput } from '../../types/admin'
import { RoutingRule } from '../../types/catalog'
import { buildRoutingWorld, type RouteDecision, RoutingError, type RoutingWorldInput, route } from '../_core/routing'
import { action } from '../_platform/kit/define'
import { forbidden, invalidInput } from '../_platform/kit/errors'
import type { Store } from '../_platform/store/port'
import { adminStreetOf } from '../_services/admin-edits'
import { routingWorldFor } from '../_services/dispatch'
import { ordersOf } from '../_services/orders'
import { allEstates, type BuildingPlace, buildingOf } from '../_services/places'
import { checkRule } from './rule-checks'

const outcome = (d: RouteDecision): RouteOutcome => ({
  kind: d.handler.kind,
  orgId: d.handler.orgId,
  orgName: d.handler.orgName,
  staffName: d.handler.staffName,
  pool: d.handler.pool,
  reason: d.reason,
  ruleId: d.ruleId,
})

/** The world with the draft in place of the rule it edits (or added), filtered as routing filters it. */
function withDraft(input: RoutingWorldInput, draft: RoutingRule, estateId: string, categoryCode: string) {
  const applies =
    (draft.estateId === null || draft.estateId === estateId) &&
    (draft.categoryCode === null || draft.categoryCode === categoryCode)
  const rules = input.rules.filter((r) => r.id !== draft.id)
  return { ...input, rules: applies ? [...rules, draft] : rules }
}

async function decide(
  store: Store,
  place: BuildingPlace,
  categoryCode: string,
  channel: 'property' | 'grid',
  draft?: RoutingRule,
) {
  const input = await routingWorldFor(store, place, { categoryCode })
  const world = buildRoutingWorld(draft ? withDraft(input, draft, place.estate._id, categoryCode) : input)
  try {
    return route(world, { categoryCode, channel, estateId: place.estate._id })
  } catch (error) {
    if (error instanceof RoutingError) throw invalidInput(error.message)
    throw error
  }
}

const AFFECTED_SCAN = 500

/**
 * 试一下: what routing decides for a building × category × channel now, and after a draft rule
 * (nothing is saved). With a draft, the open orders it would send elsewhere are counted; saving the
 * rule never moves them.
 */
export const tryRoute = action({
  description: '试一下：预览分派结果',
  input: TryRouteInput,
  roles: ['street_admin'],
  async run({ input, caller, platform }) {
    const { store } = platform
    const street = adminStreetOf(caller)
    const place = await buildingOf(store, input.buildingId)
    if (place.streetId !== street) throw forbidden('这栋楼不属于本街道')
    const now = outcome(await decide(store, place, input.categoryCode, input.channel))
    if (!input.draftRule) return { now, after: null, affectedOpenOrders: { count: 0, numbers: [] } }
    await checkRule(store, street, input.draftRule)
    const draft = RoutingRule.parse({ ...input.draftRule, id: input.draftRule.id ?? '__draft__' })
    const after = outcome(await decide(store, place, input.categoryCode, input.channel, draft))

    const where: Record<string, string> = { streetId: street, statusGroup: 'open' }
    if (draft.categoryCode) where.categoryCode = draft.categoryCode
    if (draft.estateId) where.estateId = draft.estateId
    const open = await ordersOf(store).find({ where, limit: AFFECTED_SCAN })
    const estates = await allEstates(store)
    const moved: string[] = []
    const seen = new Map<string, RouteOutcome | null>()
    for (const order of open.items) {
      if (!order.buildingId || !estates.has(order.estateId)) continue
      const key = `${order.buildingId}|${order.categoryCode}|${order.channel}`
      if (!seen.has(key)) {
        // a building or category gone since the order was filed: nothing to compare it with
        const at = await buildingOf(store, order.buildingId).catch(() => null)
        const decision = at ? await decide(store, at, order.categoryCode, order.channel, draft).catch(() => null) : null
        seen.set(key, decision ? outcome(decision) : null)
      }
      const next = seen.get(key)
      if (next && (next.kind !== order.handlerKind || next.orgId !== order.handlerOrgId)) moved.push(order.number)
    }
    return { now, after, affectedOpenOrders: { count: moved.length, numbers: moved.slice(0, 20) } }
  },
})
