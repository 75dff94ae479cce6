/**
 * Route one report to a handler. Semantics (the street's rules are data; this is the policy around them):
 *
 * 1. The most specific active rule wins: estate+category > estate-any > category > any; ties by priority.
 *    With no rule at all, the category's defaultHandler applies (rule id `default:<code>`).
 * 2. Binding rules ignore the resident's channel: department rules, rules naming a fixed org, and urgent
 *    categories (an emergency goes straight to whoever the rule names, whatever the button tapped).
 * 3. Otherwise the channel is honoured:
 *    - 报网格员 (grid) → the estate's grid;
 *    - 报物业 (property) → the estate's property company when the rule says property or grid; a community
 *      rule keeps the order with the community.
 * 4. An estate without a property company (无物业小区) sends property-bound orders to its grid, saying so.
 * 5. The person: the least-loaded on-duty taker of the handling org (ties by id): the grid's grid worker,
 *    the company's property_staff, the community's community_admin, the department's officer.
 *    Nobody on duty → the org's pool (抢单池), and only then does the sentence say so.
 */
import type { Category, Channel, HandlerKind, RoutingRule } from '../../../types/catalog'
import { RoutingError } from './errors'
import { findRule } from './rule-key'
import type { EstateInput, RouteDecision, RouteRequest } from './types'
import { type RoutingWorld, TAKER_ROLE, takerKey } from './world'

interface Target {
  kind: HandlerKind
  orgId: string
  why: string
}

export function route(world: RoutingWorld, request: RouteRequest): RouteDecision {
  const category = world.categories.get(request.categoryCode)
  if (!category?.active) throw new RoutingError(`未知的报事类别：${request.categoryCode}`)
  const estate = world.estates.get(request.estateId)
  if (!estate) throw new RoutingError(`未知的小区：${request.estateId}`)

  const rule = findRule(world, estate.id, category.code) ?? defaultRule(category)
  const target = chooseTarget(rule, category, estate, request.channel)
  const org = world.orgs.get(target.orgId)
  if (!org) throw new RoutingError(`分派目标单位不存在：${target.orgId}`)

  const takers = world.takers.get(takerKey(org.id, TAKER_ROLE[target.kind])) ?? []
  const staff = takers[0]
  const reason = `已派给 ${org.name}：${target.why}${staff ? '' : POOL_NOTE}`
  return {
    handler: {
      kind: target.kind,
      orgId: org.id,
      orgName: org.name,
      staffId: staff?.id ?? null,
      staffName: staff?.name ?? null,
      pool: !staff,
    },
    reason,
    ruleId: rule.id,
    contenders: takers.map((s) => s.id),
  }
}

function chooseTarget(rule: RoutingRule, category: Category, estate: EstateInput, channel: Channel): Target {
  if (rule.handler === 'department') {
    const orgId = rule.orgId ?? category.departmentId
    if (!orgId) throw new RoutingError(`规则 ${rule.id} 未指定承办部门`)
    return { kind: 'department', orgId, why: rule.reason }
  }
  if (rule.orgId) return { kind: rule.handler, orgId: rule.orgId, why: rule.reason }
  if (category.urgent) {
    const target = placeTarget(rule.handler, estate, rule.reason)
    return target.kind === channel ? target : { ...target, why: `${target.why}（紧急事项按规则直接派单）` }
  }
  if (channel === 'grid') {
    const why = rule.handler === 'grid' ? rule.reason : '居民选择“报网格员”，由本网格网格员受理'
    return { kind: 'grid', orgId: estate.gridId, why }
  }
  if (rule.handler === 'community') return placeTarget('community', estate, rule.reason)
  const why = rule.handler === 'property' ? rule.reason : '居民选择“报物业”，由物业服务企业受理'
  return placeTarget('property', estate, why)
}

/** The estate's own org of that kind; an estate without a property company falls back to its grid. */
function placeTarget(kind: Exclude<HandlerKind, 'department'>, estate: EstateInput, why: string): Target {
  if (kind === 'grid') return { kind, orgId: estate.gridId, why }
  if (kind === 'community') return { kind, orgId: estate.communityId, why }
  if (estate.propertyCompanyId) return { kind, orgId: estate.propertyCompanyId, why }
  return { kind: 'grid', orgId: estate.gridId, why: `${estate.name}无物业服务企业，已转网格员处理` }
}

const POOL_NOTE = '；当前无在岗人员，进入抢单池'

function defaultRule(category: Category): RoutingRule {
  return {
    id: `default:${category.code}`,
    categoryCode: category.code,
    estateId: null,
    handler: category.defaultHandler,
    orgId: category.defaultHandler === 'department' ? (category.departmentId ?? null) : null,
    priority: Number.MIN_SAFE_INTEGER,
    reason: `${category.name}按类别默认分派`,
    active: true,
  }
}
