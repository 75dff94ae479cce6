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
  /** open orders currently held: the least-loaded on-duty person gets the next one (0 if unknown) */
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
  /**
   * The on-duty people of the handling org who could take it, the chosen one first. When there
   * are several, their open loads decide: a caller that built the world without loads fills them
   * in for just these ids and routes again.
   */
  contenders: string[]
  /** a full Chinese sentence, e.g. '已派给 博泰佳苑物业服务中心：楼道灯属物业服务范围' */
  reason: string
  ruleId: string
}
