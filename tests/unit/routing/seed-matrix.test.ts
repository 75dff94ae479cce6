/**
 * Every seeded estate × every seeded category × both channels, against a hand-written table of where
 * each category must go. The table is the spec; it is not derived from the rules.
 */

import { route } from '../../../cloudfunctions/_core/routing'
import { categories } from '../../../cloudfunctions/_seed/categories'
import { DEPARTMENTS, ESTATES, GRIDS, PROPERTY_COMPANIES } from '../../../cloudfunctions/_seed/street'
import type { HandlerKind } from '../../../types/catalog'
import { seedWorld } from './seed-world'

type K = HandlerKind
const P: K = 'property'
const G: K = 'grid'
const C: K = 'community'
const D: K = 'department'

/** [with property company + 报物业, with property company + 报网格员, 无物业 + 报物业, 无物业 + 报网格员] */
const EXPECTED: Record<string, [K, K, K, K]> = {
  stairwell_light: [P, G, G, G],
  elevator_fault: [P, G, G, G],
  elevator_trapped: [P, P, G, G], // urgent: the rule binds whatever the channel
  water_leak: [P, G, G, G],
  water_main_leak: [D, D, D, D],
  road_damage: [C, G, C, G],
  manhole_cover: [D, D, D, D],
  garbage_overflow: [P, G, G, G],
  greening: [P, G, G, G],
  clutter: [P, G, G, G],
  pest_control: [P, G, G, G],
  street_vending: [D, D, D, D],
  gas_leak: [D, D, D, D],
  ebike_charging: [P, G, G, G],
  fire_lane_blocked: [P, G, G, G],
  falling_object: [D, D, D, D],
  illegal_construction: [D, D, D, D],
  neighbor_dispute: [P, G, G, G],
  noise: [P, G, G, G],
  property_dispute: [C, G, C, G],
  door_access: [P, G, G, G],
  parking: [P, G, G, G],
  property_service: [C, G, C, G],
}

/**
 * Estate overrides in the seed: `estate|category` → [kind on 报物业, rule id]. They send 报物业 to the
 * community; 报网格员 still reaches the grid, but the decision cites the override rule.
 */
const OVERRIDES: Record<string, [K, string]> = {
  'es-hexie|greening': [C, 'r-est-hexie-greening'],
  'es-lanting|garbage_overflow': [C, 'r-est-lanting-garbage'],
  'es-binjiang|parking': [C, 'r-est-binjiang-parking'],
}

const GRID_WORKER: Record<string, string> = {
  'gd-beiyuan-1': 'u-grid-worker',
  'gd-beiyuan-2': 'u-gw-beiyuan-2',
  'gd-beiyuan-3': 'u-gw-beiyuan-3',
  'gd-nanhu-1': 'u-gw-nanhu-1',
  'gd-nanhu-2': 'u-gw-nanhu-2',
  'gd-nanhu-3': 'u-gw-nanhu-3',
}
/** All loads are 0 in this world, so the tie goes to the smallest id. */
const PROPERTY_STAFF: Record<string, string> = {
  'pc-botai': 'u-property-staff',
  'pc-jinyu': 'u-ps-1',
  'pc-nanhu': 'u-ps-3',
}

/** Community orders go to the community admin, department orders to the department's officer, if any. */
const COMMUNITY_ADMIN: Record<string, string> = { 'cm-beiyuan': 'u-community-admin', 'cm-nanhu': 'u-ca-nanhu' }
const OFFICER: Record<string, string> = { 'dp-chengguan': 'u-dept-officer' }

const world = seedWorld()
const orgName = new Map<string, string>(
  [...GRIDS, ...PROPERTY_COMPANIES, ...DEPARTMENTS].map((o) => [o._id, o.name] as [string, string]),
)
orgName.set('cm-beiyuan', '北苑社区').set('cm-nanhu', '南湖社区')

const cases = ESTATES.flatMap((estate) =>
  categories.flatMap((category) => (['property', 'grid'] as const).map((channel) => ({ estate, category, channel }))),
)

describe('routing over the seeded street', () => {
  it('covers every estate × category × channel', () => {
    expect(cases).toHaveLength(ESTATES.length * categories.length * 2)
    expect(Object.keys(EXPECTED).sort()).toEqual(categories.map((c) => c.code).sort())
  })

  it.each(cases.map((c) => [c.estate._id, c.category.code, c.channel, c] as const))(
    '%s · %s · 报%s',
    (_e, _c, _ch, { estate, category, channel }) => {
      const override = OVERRIDES[`${estate._id}|${category.code}`]
      const column = (estate.propertyCompanyId ? 0 : 2) + (channel === 'property' ? 0 : 1)
      const ruleId = override?.[1] ?? `r-cat-${category.code}`
      const kind = override && channel === 'property' ? override[0] : EXPECTED[category.code][column]
      const decision = route(world, { categoryCode: category.code, channel, estateId: estate._id })

      const orgId = {
        property: estate.propertyCompanyId,
        grid: estate.gridId,
        community: estate.communityId,
        department: category.departmentId,
      }[kind]
      expect(decision.handler.kind).toBe(kind)
      expect(decision.handler.orgId).toBe(orgId)
      expect(decision.handler.orgName).toBe(orgName.get(orgId!))
      expect(decision.ruleId).toBe(ruleId)
      expect(decision.reason.startsWith(`已派给 ${orgName.get(orgId!)}：`)).toBe(true)

      const staffId =
        { grid: GRID_WORKER, property: PROPERTY_STAFF, community: COMMUNITY_ADMIN, department: OFFICER }[kind][
          orgId!
        ] ?? null
      expect(decision.handler.staffId).toBe(staffId)
      expect(decision.handler.pool).toBe(staffId === null)
      expect(decision.handler.staffName === null).toBe(staffId === null)
      if (staffId === null) expect(decision.reason).toContain('进入抢单池')
      if (!estate.propertyCompanyId && channel === 'property' && kind === 'grid') {
        expect(decision.reason).toContain(`${estate.name}无物业服务企业，已转网格员处理`)
      }
    },
  )
})
