import type { Category, RoutingRule } from '../../../types/catalog'
import { ruleKey } from './rule-key'
import type { EstateInput, OrgInput, RoutingWorldInput, StaffInput } from './types'

export interface StaffPick {
  id: string
  name: string
}

/** The compiled routing world: every lookup `route` needs is one Map access. */
export interface RoutingWorld {
  categories: ReadonlyMap<string, Category>
  /** key `${estateId ?? '*'}|${categoryCode ?? '*'}` → the best active rule for that key */
  rules: ReadonlyMap<string, RoutingRule>
  estates: ReadonlyMap<string, EstateInput>
  orgs: ReadonlyMap<string, OrgInput>
  /** grid id → its designated on-duty grid worker (least-loaded if several, ties by id) */
  gridWorker: ReadonlyMap<string, StaffPick>
  /** property company id → its least-loaded on-duty property_staff (ties by id) */
  propertyStaff: ReadonlyMap<string, StaffPick>
}

export function buildRoutingWorld(input: RoutingWorldInput): RoutingWorld {
  return {
    categories: new Map(input.categories.map((c) => [c.code, c])),
    rules: compileRules(input.rules),
    estates: new Map(input.estates.map((e) => [e.id, e])),
    orgs: new Map(input.orgs.map((o) => [o.id, o])),
    gridWorker: leastLoadedBy(input.staff, 'grid_worker'),
    propertyStaff: leastLoadedBy(input.staff, 'property_staff'),
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

function leastLoadedBy(staff: StaffInput[], role: StaffInput['role']): Map<string, StaffPick> {
  const best = new Map<string, StaffInput>()
  for (const s of staff) {
    if (s.role !== role || !s.onDuty) continue
    const held = best.get(s.orgId)
    if (!held || s.openLoad < held.openLoad || (s.openLoad === held.openLoad && s.id < held.id)) best.set(s.orgId, s)
  }
  return new Map([...best].map(([orgId, s]) => [orgId, { id: s.id, name: s.name }]))
}
