import type { Category, HandlerKind, RoutingRule } from '../../../types/catalog'
import type { Role } from '../../../types/identity'
import { ruleKey } from './rule-key'
import type { EstateInput, OrgInput, RoutingWorldInput, StaffInput } from './types'

export interface StaffPick {
  id: string
  name: string
}

/** Who takes an order of each kind of handler: the grid's 网格员, a company's 维修员, a community's 管理员, a department's officer. */
export const TAKER_ROLE: Record<HandlerKind, Role> = {
  grid: 'grid_worker',
  property: 'property_staff',
  community: 'community_admin',
  department: 'department_officer',
}

/** The compiled routing world: every lookup `route` needs is one Map access. */
export interface RoutingWorld {
  categories: ReadonlyMap<string, Category>
  /** key `${estateId ?? '*'}|${categoryCode ?? '*'}` → the best active rule for that key */
  rules: ReadonlyMap<string, RoutingRule>
  estates: ReadonlyMap<string, EstateInput>
  orgs: ReadonlyMap<string, OrgInput>
  /** `${orgId}|${role}` → that org's on-duty people in that role, least-loaded first (ties by id) */
  takers: ReadonlyMap<string, readonly StaffInput[]>
}

export const takerKey = (orgId: string, role: Role) => `${orgId}|${role}`

export function buildRoutingWorld(input: RoutingWorldInput): RoutingWorld {
  return {
    categories: new Map(input.categories.map((c) => [c.code, c])),
    rules: compileRules(input.rules),
    estates: new Map(input.estates.map((e) => [e.id, e])),
    orgs: new Map(input.orgs.map((o) => [o.id, o])),
    takers: onDutyByOrg(input.staff),
  }
}

function compileRules(rules: RoutingRule[]): Map<string, RoutingRule> {
  const out = new Map<string, RoutingRule>()
  for (const rule of rules) {
    if (!rule.active) continue
    const key = ruleKey(rule.estateId, rule.categoryCode)
    const held = out.get(key)
    if (!held || rule.priority > held.priority || (rule.priority === held.priority && rule.id < held.id)) {
      out.set(key, rule)
    }
  }
  return out
}

function onDutyByOrg(staff: StaffInput[]): Map<string, StaffInput[]> {
  const out = new Map<string, StaffInput[]>()
  for (const s of staff) {
    if (!s.onDuty) continue
    const key = takerKey(s.orgId, s.role)
    const list = out.get(key)
    if (list) {
      if (!list.some((x) => x.id === s.id)) list.push(s)
    } else out.set(key, [s])
  }
  for (const list of out.values())
    list.sort((a, b) => a.openLoad - b.openLoad || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return out
}
