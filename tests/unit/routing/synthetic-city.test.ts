/** The benchmark's synthetic city also serves as a large-scale invariant check of route(). */
import { buildRoutingWorld, route, TAKER_ROLE } from '../../../cloudfunctions/_core/routing'
import { syntheticCity } from '../../support/synthetic-city'

describe('route over a synthetic city (3,000 grids, 6,000 estates)', () => {
  const { input, requests } = syntheticCity()
  const world = buildRoutingWorld(input)
  const estates = new Map(input.estates.map((e) => [e.id, e]))
  const categories = new Map(input.categories.map((c) => [c.code, c]))
  const decisions = requests.map((r) => ({ request: r, decision: route(world, r) }))

  it('routes every request to an org of the estate (or the category’s department)', () => {
    for (const { request, decision } of decisions) {
      const estate = estates.get(request.estateId)!
      const { kind, orgId } = decision.handler
      if (kind === 'property') expect(orgId).toBe(estate.propertyCompanyId)
      if (kind === 'grid') expect(orgId).toBe(estate.gridId)
      if (kind === 'community') expect(orgId).toBe(estate.communityId)
      if (kind === 'department') expect(orgId).toBe(categories.get(request.categoryCode)!.departmentId)
      expect(decision.reason.startsWith(`已派给 ${decision.handler.orgName}：`)).toBe(true)
    }
  })

  it('never sends an order to a property company from an estate without one', () => {
    const noProperty = decisions.filter(({ request }) => estates.get(request.estateId)!.propertyCompanyId === null)
    expect(noProperty.length).toBeGreaterThan(100)
    for (const { decision } of noProperty) expect(decision.handler.kind).not.toBe('property')
  })

  it('picks only on-duty staff of the right role and org, least-loaded first', () => {
    for (const { decision } of decisions) {
      const { kind, orgId, staffId, pool } = decision.handler
      if (pool) {
        expect(staffId).toBeNull()
        expect(decision.reason).toContain('进入抢单池')
        continue
      }
      const role = TAKER_ROLE[kind]
      const candidates = input.staff.filter((s) => s.orgId === orgId && s.role === role && s.onDuty)
      const minLoad = Math.min(...candidates.map((s) => s.openLoad))
      const chosen = candidates.find((s) => s.id === staffId)!
      expect(chosen.openLoad).toBe(minLoad)
      expect(decision.reason).not.toContain('抢单池')
    }
  })

  it('a pool decision is one where the handling org has nobody of its taking role on duty', () => {
    for (const { decision } of decisions) {
      const { kind, orgId, pool } = decision.handler
      const onDuty = input.staff.some((s) => s.orgId === orgId && s.role === TAKER_ROLE[kind] && s.onDuty)
      expect(pool).toBe(!onDuty)
    }
  })

  it('uses every handler kind and both the pool and named staff', () => {
    expect(new Set(decisions.map((d) => d.decision.handler.kind))).toEqual(
      new Set(['property', 'grid', 'community', 'department']),
    )
    expect(new Set(decisions.map((d) => d.decision.handler.pool))).toEqual(new Set([true, false]))
  })
})
