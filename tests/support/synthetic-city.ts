/**
 * The synthetic city the routing benchmark and the routing invariant tests share: a deterministic
 * PRNG builds the same city every run.
 */
import type { EstateInput, OrgInput, RouteRequest, StaffInput } from '../../cloudfunctions/_core/routing'
import { mulberry32 } from '../../cloudfunctions/_seed/rng'
import type { Category, CategoryGroup, HandlerKind, RoutingRule } from '../../types/catalog'

const GRIDS = 3000
const GRIDS_PER_COMMUNITY = 5
const ESTATES = 6000
const BUILDINGS_PER_ESTATE = 5
const COMPANIES = 500
const CATEGORIES = 60
const NO_PROPERTY_SHARE = 0.2

/** Deterministic PRNG (mulberry32) so every run routes the same requests. */
const rng = mulberry32

export const CITY = { GRIDS, ESTATES, BUILDINGS_PER_ESTATE, COMPANIES, CATEGORIES, NO_PROPERTY_SHARE }

/**
 * A city-scale routing world (3,000 grids, 6,000 estates × 5 buildings, 500 property companies,
 * 60 categories, ~1,200 estate rules, rosters with loads) and 4,096 requests, the same every run.
 */
export function syntheticCity(seed = 20261123) {
  const rand = rng(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]
  const groups: CategoryGroup[] = ['公共设施', '环境卫生', '安全隐患', '矛盾纠纷', '物业服务']
  const kinds: HandlerKind[] = ['property', 'property', 'property', 'grid', 'grid', 'community', 'department']
  const departments = ['dp-chengguan', 'dp-safety', 'dp-gas', 'dp-water', 'dp-market']

  const orgs: OrgInput[] = [{ id: 'st-city', kind: 'street', name: '示范街道' }]
  for (const d of departments) orgs.push({ id: d, kind: 'department', name: `职能部门${d}` })
  for (let c = 0; c < GRIDS / GRIDS_PER_COMMUNITY; c++)
    orgs.push({ id: `cm-${c}`, kind: 'community', name: `第${c}社区` })
  for (let g = 0; g < GRIDS; g++) orgs.push({ id: `gd-${g}`, kind: 'grid', name: `第${g}网格` })
  for (let p = 0; p < COMPANIES; p++) orgs.push({ id: `pc-${p}`, kind: 'property', name: `第${p}物业服务企业` })

  const categories: Category[] = Array.from({ length: CATEGORIES }, (_, i) => {
    const defaultHandler = pick(kinds)
    return {
      code: `cat_${i}`,
      name: `类别${i}`,
      group: groups[i % groups.length],
      defaultHandler,
      ...(defaultHandler === 'department' ? { departmentId: pick(departments) } : {}),
      urgent: rand() < 0.1,
      acknowledgeHours: 2,
      resolveHours: 8,
      afterPhotoRequired: rand() < 0.5,
      icon: '🔧',
      sort: i,
      active: true,
    }
  })

  const estates: EstateInput[] = Array.from({ length: ESTATES }, (_, i) => {
    const grid = i % GRIDS
    return {
      id: `es-${i}`,
      name: `第${i}小区`,
      propertyCompanyId: rand() < NO_PROPERTY_SHARE ? null : `pc-${Math.floor(rand() * COMPANIES)}`,
      gridId: `gd-${grid}`,
      communityId: `cm-${Math.floor(grid / GRIDS_PER_COMMUNITY)}`,
    }
  })

  const rules: RoutingRule[] = categories.map((c) => ({
    id: `r-cat-${c.code}`,
    categoryCode: c.code,
    estateId: null,
    handler: c.defaultHandler,
    orgId: c.departmentId ?? null,
    priority: 0,
    reason: `${c.name}按类别分派`,
    active: true,
  }))
  for (let i = 0; i < 1000; i++) {
    const e = pick(estates)
    const c = pick(categories)
    rules.push({
      id: `r-est-${i}`,
      categoryCode: c.code,
      estateId: e.id,
      handler: pick(['community', 'grid'] as const),
      orgId: null,
      priority: Math.floor(rand() * 10),
      reason: `${e.name}的${c.name}另行安排`,
      active: rand() < 0.95,
    })
  }
  for (let i = 0; i < 200; i++) {
    const e = pick(estates)
    rules.push({
      id: `r-est-any-${i}`,
      categoryCode: null,
      estateId: e.id,
      handler: 'community',
      orgId: null,
      priority: 0,
      reason: `${e.name}统一由社区受理`,
      active: true,
    })
  }
  rules.push({
    id: 'r-any',
    categoryCode: null,
    estateId: null,
    handler: 'community',
    orgId: null,
    priority: -100,
    reason: '由社区统一受理',
    active: true,
  })

  const staff: StaffInput[] = []
  for (let g = 0; g < GRIDS; g++) {
    staff.push({
      id: `u-gw-${g}`,
      name: `网格员${g}`,
      orgId: `gd-${g}`,
      role: 'grid_worker',
      onDuty: rand() > 0.05,
      openLoad: Math.floor(rand() * 12),
    })
  }
  for (let p = 0; p < COMPANIES; p++) {
    const n = 2 + Math.floor(rand() * 8)
    for (let s = 0; s < n; s++) {
      staff.push({
        id: `u-ps-${p}-${s}`,
        name: `维修员${p}-${s}`,
        orgId: `pc-${p}`,
        role: 'property_staff',
        onDuty: rand() > 0.2,
        openLoad: Math.floor(rand() * 20),
      })
    }
    staff.push({
      id: `u-pm-${p}`,
      name: `物业经理${p}`,
      orgId: `pc-${p}`,
      role: 'property_manager',
      onDuty: true,
      openLoad: 0,
    })
  }

  for (let c = 0; c < GRIDS / GRIDS_PER_COMMUNITY; c++) {
    staff.push({
      id: `u-ca-${c}`,
      name: `社区管理员${c}`,
      orgId: `cm-${c}`,
      role: 'community_admin',
      onDuty: rand() > 0.1,
      openLoad: Math.floor(rand() * 5),
    })
  }
  for (const d of departments) {
    for (let s = 0; s < 2; s++) {
      staff.push({
        id: `u-do-${d}-${s}`,
        name: `部门专员${d}-${s}`,
        orgId: d,
        role: 'department_officer',
        onDuty: rand() > 0.1,
        openLoad: Math.floor(rand() * 5),
      })
    }
  }

  const requests: Array<RouteRequest & { buildingId: string }> = Array.from({ length: 4096 }, () => {
    const e = pick(estates)
    return {
      categoryCode: pick(categories).code,
      channel: rand() < 0.6 ? 'property' : 'grid',
      estateId: e.id,
      buildingId: `bd-${e.id.slice(3)}-${1 + Math.floor(rand() * BUILDINGS_PER_ESTATE)}`,
    }
  })
  return { input: { categories, rules, estates, orgs, staff }, requests }
}
