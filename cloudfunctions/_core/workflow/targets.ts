/**
 * Where an order may be transferred (转派) or whom it may whistle in: the one list `workorder.targets`
 * shows and `workorder.transfer` checks. An order stays in its place, so it goes only to those who
 * serve that place: the estate's property company, the estate's grid and community, and the
 * street's departments. A community or street admin may hand it to any org in the street.
 */
import type { HandlerKind } from '../../../types/catalog'
import type { Relation } from './relations'

export interface TargetOrg {
  id: string
  kind: HandlerKind
  name: string
}

export interface OrderPlace {
  gridId: string
  communityId: string
  /** the estate's property company; null for an estate without one (无物业小区) */
  propertyCompanyId: string | null
  /** the org holding the order now */
  handlerOrgId: string
  status: string
}

/** Relations that may hand an order to any org of the street. */
const STREET_WIDE: readonly Relation[] = ['community', 'street']

/**
 * @param streetOrgs every grid, property company, community and department of the order's street
 * @returns the valid targets, in the order given; the current handler only when the order was 退回
 */
export function transferTargets(
  place: OrderPlace,
  streetOrgs: readonly TargetOrg[],
  relations: ReadonlySet<Relation>,
): TargetOrg[] {
  const wide = STREET_WIDE.some((r) => relations.has(r))
  const serves = (o: TargetOrg) =>
    o.kind === 'department' ||
    (o.kind === 'property' && o.id === place.propertyCompanyId) ||
    (o.kind === 'grid' && o.id === place.gridId) ||
    (o.kind === 'community' && o.id === place.communityId)
  return streetOrgs.filter((o) => (wide || serves(o)) && (o.id !== place.handlerOrgId || place.status === 'returned'))
}

export type TargetGroup = 'estate' | 'local' | 'department' | 'other'

const GROUP_RANK: Record<TargetGroup, number> = { estate: 0, local: 1, department: 2, other: 3 }

/** Which group a target falls in for this order's place: this estate's company, this grid and community, departments, the rest. */
export function targetGroupOf(
  place: Pick<OrderPlace, 'gridId' | 'communityId' | 'propertyCompanyId'>,
  o: TargetOrg,
): TargetGroup {
  if (o.kind === 'department') return 'department'
  if (o.kind === 'property' && o.id === place.propertyCompanyId) return 'estate'
  if ((o.kind === 'grid' && o.id === place.gridId) || (o.kind === 'community' && o.id === place.communityId))
    return 'local'
  return 'other'
}

/** The targets grouped, the right ones first (the estate's company, then local, departments, others); stable within a group. */
export function groupTargets(
  place: Pick<OrderPlace, 'gridId' | 'communityId' | 'propertyCompanyId'>,
  targets: readonly TargetOrg[],
): (TargetOrg & { group: TargetGroup })[] {
  return targets
    .map((o, i) => ({ o: { ...o, group: targetGroupOf(place, o) }, i }))
    .sort((a, b) => GROUP_RANK[a.o.group] - GROUP_RANK[b.o.group] || a.i - b.i)
    .map((x) => x.o)
}
