import type { HandlerKind } from '../../../types/catalog'
import type { Role } from '../../../types/identity'
import { STATUS_GROUP, type StatusGroup, type WorkOrderStatus } from '../../../types/workorder'
import {
  ABOVE_SUPERVISOR,
  type EscalationTarget,
  MAX_ESCALATION_LEVEL,
  RUNG_LABEL,
  RUNGS,
  type Rung,
  SUPERVISOR_OF,
} from './ladder'
import { DEFAULT_ESCALATION_POLICY, type EscalationPolicy } from './policy'

export interface EscalatableOrder {
  status: WorkOrderStatus
  statusGroup: StatusGroup
  escalationLevel: number
  /** ISO-8601 */
  nextDeadline: string
  handlerKind: HandlerKind
  handlerOrgId: string
  communityId: string
  /** the street whose street_admin is the top rung */
  streetId: string
}

export interface EscalationStep {
  toLevel: 1 | 2 | 3
  rung: Rung
  notify: { role: Role; orgId: string }
  /** ISO-8601 UTC: when the next rung is due if this one does not act */
  nextDeadline: string
  note: string
}

/**
 * One rung up for an open order whose deadline has passed, or null. Call it once per sweep: an order
 * three rungs late still moves one rung per call, so everyone on the way is told.
 */
export function escalationStep(
  order: EscalatableOrder,
  now: Date,
  policy: EscalationPolicy = DEFAULT_ESCALATION_POLICY,
): EscalationStep | null {
  if (order.statusGroup !== 'open' || STATUS_GROUP[order.status] !== 'open') return null
  if (order.escalationLevel >= MAX_ESCALATION_LEVEL) return null
  const deadline = Date.parse(order.nextDeadline)
  if (!(now.getTime() > deadline)) return null

  const toLevel = (Math.max(0, order.escalationLevel) + 1) as 1 | 2 | 3
  const rung = RUNGS[toLevel - 1]
  const target: EscalationTarget = rung === 'supervisor' ? SUPERVISOR_OF[order.handlerKind] : ABOVE_SUPERVISOR[rung]
  const orgId =
    target.orgOf === 'community'
      ? order.communityId
      : target.orgOf === 'handlerOrg'
        ? order.handlerOrgId
        : order.streetId
  const graceHours = policy.graceHours[toLevel - 1]
  return {
    toLevel,
    rung,
    notify: { role: target.role, orgId },
    nextDeadline: new Date(now.getTime() + graceHours * 3_600_000).toISOString(),
    note: `已超过办理时限，升级至${RUNG_LABEL[rung]}督办（第${toLevel}级），请在${graceHours}小时内处理`,
  }
}
