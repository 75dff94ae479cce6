/**
 * The escalation ladder as data. Level 0 is the handler; each missed deadline moves the order ONE rung:
 * 1 supervisor (网格长 of the community for grid orders, 物业经理 of the company for property orders),
 * 2 the community (社区管理员), 3 the street (街道管理员).
 */
import type { HandlerKind } from '../../../types/catalog'
import type { Role } from '../../../types/identity'

export type Rung = 'supervisor' | 'community' | 'street'

export interface EscalationTarget {
  role: Role
  /** which org's holders of `role` are notified */
  orgOf: 'community' | 'handlerOrg' | 'street'
}

export const RUNGS: readonly Rung[] = ['supervisor', 'community', 'street']

export const RUNG_LABEL: Record<Rung, string> = {
  supervisor: '主管（网格长/物业经理）',
  community: '社区',
  street: '街道',
}

/** Who the supervisor rung is, by the kind of handler holding the order. */
export const SUPERVISOR_OF: Record<HandlerKind, EscalationTarget> = {
  grid: { role: 'grid_leader', orgOf: 'community' },
  property: { role: 'property_manager', orgOf: 'handlerOrg' },
  community: { role: 'community_admin', orgOf: 'community' },
  department: { role: 'department_officer', orgOf: 'handlerOrg' },
}

export const ABOVE_SUPERVISOR: Record<Exclude<Rung, 'supervisor'>, EscalationTarget> = {
  community: { role: 'community_admin', orgOf: 'community' },
  street: { role: 'street_admin', orgOf: 'street' },
}

export const MAX_ESCALATION_LEVEL = 3
