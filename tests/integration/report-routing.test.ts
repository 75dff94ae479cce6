/**
 * Routing through the host for every seeded estate × category × channel: each report lands with
 * the org the street's rules name, and an estate without a property company falls back with the
 * reason stated.
 */

import { createManualClock } from '../../cloudfunctions/_platform/runtime/clock'
import { categories } from '../../cloudfunctions/_seed/categories'
import { routingRules } from '../../cloudfunctions/_seed/routing-rules'
import { ESTATES, otherResidents } from '../../cloudfunctions/_seed/street'
import { reportOf } from '../support/report-helpers'
import { startTestHost, type TestHost } from '../support/test-host'

const clock = createManualClock(new Date('2026-11-23T01:00:00Z'))
let host: TestHost
let token: string
beforeAll(async () => {
  host = await startTestHost({ clock })
  token = await host.login('resident-a')
})
afterAll(async () => host.close())

/** A report is filed by a resident bound to the building (submit checks the address). */
const residents = otherResidents()
async function residentOf(buildingId: string): Promise<string> {
  const user = residents.find((u) => u.address?.buildingId === buildingId)
  if (!user) throw new Error(`no seeded resident in ${buildingId}`)
  return host.platform.identity.issueToken!(user._id)
}

type Estate = (typeof ESTATES)[number]
type Category = (typeof categories)[number]

/** The expected handler org, written from the street's policy independently of the router. */
function expectedOrg(estate: Estate, category: Category, channel: 'property' | 'grid'): string {
  if (category.defaultHandler === 'department') return category.departmentId!
  const override = routingRules.find((r) => r.estateId === estate._id && r.categoryCode === category.code && r.active)
  const handler = override?.handler ?? category.defaultHandler
  const place = (kind: string) =>
    kind === 'community'
      ? estate.communityId
      : kind === 'grid'
        ? estate.gridId
        : (estate.propertyCompanyId ?? estate.gridId)
  if (category.urgent) return place(handler)
  if (channel === 'grid') return estate.gridId
  if (handler === 'community') return estate.communityId
  return place('property')
}

const cases = ESTATES.flatMap((estate) =>
  categories.flatMap((category) => (['property', 'grid'] as const).map((channel) => ({ estate, category, channel }))),
)

describe('routing for every seeded estate and category', () => {
  test.each(cases.map((c) => [c.estate.name, c.category.name, c.channel, c] as const))(
    '%s · %s · %s',
    async (_e, _c, _ch, { estate, category, channel }) => {
      clock.advance(7 * 60_000) // stay under 10 reports an hour
      const buildingId = `bd-${estate._id.slice(3)}-1`
      const out = await host.ok(
        'report',
        'submit',
        reportOf({ channel, categoryCode: category.code, buildingId }),
        await residentOf(buildingId),
      )
      expect(out.handler.orgId).toBe(expectedOrg(estate, category, channel))
      expect(out.reason).toMatch(/^已派给 /)
      expect(out.reason).toContain(out.handler.orgName)
      expect(out.number).toMatch(/^HB-\d{8}-\d{4}$/)
      expect(Date.parse(out.deadlines.resolveBy)).toBeGreaterThan(Date.parse(out.deadlines.acknowledgeBy))
    },
  )
})

describe('estates without a property company', () => {
  test.each([['es-hexie'], ['es-lanting']])(
    '%s: 报物业 for a stairwell light goes to the grid, saying why',
    async (estateId) => {
      clock.advance(7 * 60_000)
      const estate = ESTATES.find((e) => e._id === estateId)!
      const buildingId = `bd-${estateId.slice(3)}-2`
      const out = await host.ok('report', 'submit', reportOf({ buildingId }), await residentOf(buildingId))
      expect(out.handler).toMatchObject({ kind: 'grid', orgId: estate.gridId })
      expect(out.reason).toContain('无物业')
      expect(out.handler.staffId).toBeTruthy()
    },
  )

  test("resident-a's stairwell light with 报物业 goes to 博泰佳苑物业服务中心 and its staff", async () => {
    clock.advance(7 * 60_000)
    const out = await host.ok('report', 'submit', reportOf(), token)
    expect(out.handler).toMatchObject({ kind: 'property', orgId: 'pc-botai', orgName: '博泰佳苑物业服务中心' })
    expect(['u-property-staff', 'u-ps-5']).toContain(out.handler.staffId)
    expect(out.reason).toBe('已派给 博泰佳苑物业服务中心（物业）处理')
  })
})
