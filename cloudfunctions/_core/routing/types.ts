import type { Category, Channel, HandlerKind, RoutingRule } from '../../../types/catalog'
import type { Role } from '../../../types/identity'

export type OrgKind = 'property' | 'grid' | 'community' | 'department' | 'street'

export interface EstateInput {
  id: string
  name: string
  propertyCompanyId: string | null
  gridId: string
  communityId: string
}

export interface OrgInput {
  id: string
  kind: OrgKind
  name: string
}

export interface StaffInput {
  id: string
  name: string
  orgId: string
  role: Role
  onDuty: boolean
  /** open orders currently held: the least-loaded on-duty person gets the next one */
  openLoad: number
}

/** Plain data, as read from the store. `buildRoutingWorld` compiles it for O(1) lookups. */
export interface RoutingWorldInput {
  categories: Category[]
  rules: RoutingRule[]
  estates: EstateInput[]
  orgs: OrgInput[]
  staff: StaffInput[]
}

export interface RouteRequest {
  categoryCode: string
  channel: Channel
  estateId: string
  buildingId: string
}

export interface RouteDecision {
  handler: {
    kind: HandlerKind
    orgId: string
    orgName: string
    staffId: string | null
    staffName: string | null
    /** no person chosen: anyone in the org may grab it (抢单池) */
    pool: boolean
  }
  /** a full Chinese sentence, e.g. '已派给 博泰佳苑物业服务中心：楼道灯属物业服务范围' */
  reason: string
  ruleId: string
}
