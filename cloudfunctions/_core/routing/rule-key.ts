import type { RoutingRule } from '../../../types/catalog'
import type { RoutingWorld } from './world'

const ANY = '*'

export function ruleKey(estateId: string | null, categoryCode: string | null): string {
  return `${estateId ?? ANY}|${categoryCode ?? ANY}`
}

/** The most specific active rule: estate+category, then estate-any, then category, then any. */
export function findRule(world: RoutingWorld, estateId: string, categoryCode: string): RoutingRule | undefined {
  return (
    world.rules.get(ruleKey(estateId, categoryCode)) ??
    world.rules.get(ruleKey(estateId, null)) ??
    world.rules.get(ruleKey(null, categoryCode)) ??
    world.rules.get(ruleKey(null, null))
  )
}
