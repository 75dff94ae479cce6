import { categories } from '../../../cloudfunctions/_seed/categories'
import { routingRules } from '../../../cloudfunctions/_seed/routing-rules'
import { DEPARTMENTS, ESTATES } from '../../../cloudfunctions/_seed/street'
import { Category, CategoryGroup, RoutingRule } from '../../../types/catalog'

describe('the seeded category catalogue', () => {
  it('has at least 14 valid categories with unique codes covering all five groups', () => {
    expect(categories.length).toBeGreaterThanOrEqual(14)
    for (const c of categories) expect(Category.parse(c)).toEqual(c)
    expect(new Set(categories.map((c) => c.code)).size).toBe(categories.length)
    expect(new Set(categories.map((c) => c.group))).toEqual(new Set(CategoryGroup.options))
  })

  it('has 楼道灯 as the demo expects', () => {
    expect(categories.find((c) => c.code === 'stairwell_light')).toMatchObject({
      name: '楼道灯',
      group: '公共设施',
      defaultHandler: 'property',
      afterPhotoRequired: true,
      urgent: false,
    })
  })

  it.each([
    ['gas_leak', '请立即关闭燃气阀门、开窗通风、撤离，并拨打119或燃气公司抢修电话'],
    ['elevator_trapped', '119'],
    ['falling_object', '120'],
  ])('%s is urgent and carries an emergency hint mentioning %s', (code, text) => {
    const c = categories.find((x) => x.code === code)!
    expect(c.urgent).toBe(true)
    expect(c.emergencyHint).toContain(text)
  })

  it.each(categories.map((c) => [c.code, c] as const))(
    '%s: sane deadlines, one icon, department if needed',
    (_code, c) => {
      expect(c.resolveHours).toBeGreaterThan(c.acknowledgeHours)
      expect([...c.icon].length).toBeLessThanOrEqual(2) // one emoji, maybe with a variation selector
      if (c.defaultHandler === 'department') expect(DEPARTMENTS.map((d) => d._id)).toContain(c.departmentId)
      else expect(c.departmentId).toBeUndefined()
    },
  )

  it('uses every handler kind as a default somewhere', () => {
    expect(new Set(categories.map((c) => c.defaultHandler))).toEqual(
      new Set(['property', 'grid', 'community', 'department']),
    )
  })
})

describe('the seeded routing rules', () => {
  it('are valid, with unique ids', () => {
    for (const r of routingRules) expect(RoutingRule.parse(r)).toEqual(r)
    expect(new Set(routingRules.map((r) => r.id)).size).toBe(routingRules.length)
  })

  it.each(categories.map((c) => [c.code, c] as const))('%s has its category default rule', (code, c) => {
    expect(routingRules.find((r) => r.id === `r-cat-${code}`)).toMatchObject({
      categoryCode: code,
      estateId: null,
      handler: c.defaultHandler,
      orgId: c.departmentId ?? null,
      active: true,
    })
  })

  it('estate overrides name seeded estates and categories', () => {
    const overrides = routingRules.filter((r) => r.estateId !== null)
    expect(overrides.length).toBeGreaterThanOrEqual(1)
    for (const r of overrides) {
      expect(r.id.startsWith('r-est-')).toBe(true)
      expect(ESTATES.map((e) => e._id)).toContain(r.estateId)
      if (r.categoryCode) expect(categories.map((c) => c.code)).toContain(r.categoryCode)
    }
  })
})
