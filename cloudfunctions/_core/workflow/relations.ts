/**
 * How a caller stands to one order. The transition table grants actions to relations, never to
 * bare roles, so a grid worker of another grid or a resident of another flat gets nothing.
 */
import type { Caller } from '../../../types/identity'

export type Relation =
  | 'reporter' // filed it
  | 'follower' // 同问
  | 'neighbour' // bound to the order's building, not its reporter: may 同问
  | 'holder' // the staff member it is assigned to
  | 'org_member' // staff of the handling org (may grab from the pool)
  | 'supervisor' // 物业经理 of the company, or 网格长 of the community (grid orders)
  | 'community' // 社区管理员 of the order's community
  | 'street' // 街道管理员 of the order's street
  | 'department' // officer of the department whistled in
  | 'system' // the sweep
  | 'patroller' // filed it on patrol, as grid worker of its grid (网格长: of its community)

export interface OrderParties {
  reporterId: string
  handlerKind: string
  handlerOrgId: string
  handlerStaffId: string
  communityId: string
  /** a street admin stands to the orders of their own street only */
  streetId: string
  whistleDeptId?: string | null
  /** the order's grid: a patrol report's grid worker stands to it as 'patroller' */
  gridId?: string
  source?: string
}

export function relationsOf(
  caller: Caller,
  order: OrderParties,
  options: { following?: boolean; neighbour?: boolean } = {},
): Set<Relation> {
  const out = new Set<Relation>()
  if (caller.kind === 'system') out.add('system')
  if (caller.userId === order.reporterId) out.add('reporter')
  if (options.following) out.add('follower')
  if (options.neighbour && caller.userId !== order.reporterId) out.add('neighbour')
  if (order.handlerStaffId && caller.userId === order.handlerStaffId) out.add('holder')
  for (const { role, orgId } of caller.scopes) {
    if (
      caller.userId === order.reporterId &&
      order.source === 'patrol' &&
      ((role === 'grid_worker' && orgId === order.gridId) || (role === 'grid_leader' && orgId === order.communityId))
    )
      out.add('patroller')
    if ((role === 'grid_worker' || role === 'property_staff') && orgId === order.handlerOrgId) out.add('org_member')
    if (role === 'property_manager' && orgId === order.handlerOrgId) {
      out.add('org_member')
      out.add('supervisor')
    }
    if (role === 'grid_leader' && orgId === order.communityId && order.handlerKind === 'grid') out.add('supervisor')
    if (role === 'community_admin' && orgId === order.communityId) out.add('community')
    if (role === 'street_admin' && orgId === order.streetId) out.add('street')
    if (role === 'department_officer' && order.whistleDeptId && orgId === order.whistleDeptId) out.add('department')
  }
  return out
}

/** Staff relations: anyone here may read the order's detail in the staff app. */
export const STAFF_RELATIONS: readonly Relation[] = [
  'holder',
  'org_member',
  'supervisor',
  'community',
  'street',
  'department',
]
