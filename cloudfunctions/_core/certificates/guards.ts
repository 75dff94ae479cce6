/**
 * Who stands how to a request, and the checks the table alone cannot make: a reviewer acts only
 * within their community and never on their own household's request; a second notice needs a
 * reason; a type the street countersigns is issued by the street. Pure: the caller's scopes and
 * household key come in as data.
 */
import type { RequestAction, RequestStatus } from '../../../types/certificate-labels'
import { REQUEST_TRANSITIONS, type RequestRelation, type RequestRule, stepsFor } from './transitions'

export interface ActorFacts {
  userId: string
  kind: 'resident' | 'staff' | 'system'
  scopes: ReadonlyArray<{ role: string; orgId: string }>
  /** the caller's own household (room key), if they have one */
  roomKey: string | null
}

export interface RequestFacts {
  applicantId: string
  proxyId: string | null
  communityId: string
  streetId: string
  roomKey: string
  reviewerRole: string
  countersign: 'street' | null
  /** null: a request not yet made (apply, pledge) */
  status: RequestStatus | null
  /** notices already sent (一次性告知 rounds) */
  noticeRounds: number
}

export type Refusal = { ok: false; code: 'FORBIDDEN' | 'CONFLICT' | 'INVALID_INPUT'; message: string }
export type Decision = {
  ok: true
  steps: Array<{ action: RequestAction; from: RequestStatus | null; to: RequestStatus }>
}

/** Staff of the request's community in its reviewer role; the street's admin when it countersigns. */
export function relationsOf(actor: ActorFacts, r: RequestFacts): RequestRelation[] {
  if (actor.kind === 'system') return ['system']
  const out: RequestRelation[] = []
  if (actor.userId === r.applicantId) out.push('applicant')
  if (r.proxyId && actor.userId === r.proxyId) out.push('proxy')
  if (actor.scopes.some((s) => s.role === r.reviewerRole && s.orgId === r.communityId)) out.push('reviewer')
  if (r.countersign === 'street' && actor.scopes.some((s) => s.role === 'street_admin' && s.orgId === r.streetId)) {
    out.push('countersigner')
  }
  return out
}

/** Staff relations are void on one's own household's (or one's own) request: nobody reviews themselves. */
export function ownHouseholdConflict(actor: ActorFacts, r: Pick<RequestFacts, 'applicantId' | 'roomKey'>): boolean {
  return actor.userId === r.applicantId || (actor.roomKey !== null && actor.roomKey === r.roomKey)
}

const STAFF_RELATIONS: readonly RequestRelation[] = ['reviewer', 'countersigner']

/**
 * Walks the steps of one tap through the table. Refuses with the first reason: not allowed by
 * relation (FORBIDDEN), own household (FORBIDDEN), wrong state (CONFLICT), a guard (INVALID_INPUT).
 */
export function decide(
  actor: ActorFacts,
  r: RequestFacts,
  actions: readonly RequestAction[],
  extra: { noticeReason?: string | null } = {},
): Decision | Refusal {
  let relations = relationsOf(actor, r)
  const staffy = actions.some((a) => REQUEST_TRANSITIONS[a].by.some((b) => STAFF_RELATIONS.includes(b)))
  if (staffy && relations.some((x) => STAFF_RELATIONS.includes(x)) && ownHouseholdConflict(actor, r)) {
    return { ok: false, code: 'FORBIDDEN', message: '不能审核本人或本户的申请，请交由其他工作人员办理' }
  }
  if (ownHouseholdConflict(actor, r)) relations = relations.filter((x) => !STAFF_RELATIONS.includes(x))
  const steps: Decision['steps'] = []
  let status: RequestStatus | null = r.status
  for (const action of actions) {
    const rule: RequestRule = REQUEST_TRANSITIONS[action]
    if (!rule.by.some((b) => relations.includes(b))) {
      return { ok: false, code: 'FORBIDDEN', message: '您无权办理这条申请' }
    }
    if (!rule.from.includes(status)) {
      return { ok: false, code: 'CONFLICT', message: '申请状态已变化，请刷新后再试' }
    }
    const guard = guardOf(action, r, extra)
    if (guard) return guard
    const to = rule.to === 'same' ? (status as RequestStatus) : rule.to
    steps.push({ action, from: status, to })
    status = to
  }
  return { ok: true, steps }
}

function guardOf(action: RequestAction, r: RequestFacts, extra: { noticeReason?: string | null }): Refusal | null {
  if (action === 'request_more' && r.noticeRounds >= 1 && !extra.noticeReason) {
    return {
      ok: false,
      code: 'INVALID_INPUT',
      message: '已一次性告知过补充材料；再次要求补充须写明原因（将计入补正次数）',
    }
  }
  if (action === 'issue' && r.countersign === 'street') {
    return { ok: false, code: 'CONFLICT', message: '该证明须经街道会签后出具' }
  }
  if (action === 'countersign' && r.countersign !== 'street') {
    return { ok: false, code: 'CONFLICT', message: '该证明无须街道会签' }
  }
  return null
}

/**
 * The steps of one staff tap: review starts by itself when needed (stepsFor), and an approval of a
 * type the street does not countersign issues the certificate in the same write.
 */
export function tapPlan(r: Pick<RequestFacts, 'status' | 'countersign'>, action: RequestAction): RequestAction[] {
  const steps = stepsFor(r.status, action)
  return action === 'approve' && r.countersign !== 'street' ? [...steps, 'issue'] : steps
}

/** The actions a staff member may take on a request now (the buttons), each fully decided. */
export function staffActionsOf(actor: ActorFacts, r: RequestFacts): RequestAction[] {
  const taps: RequestAction[] = [
    'accept',
    'not_accept',
    'request_more',
    'approve',
    'countersign',
    'refuse',
    'revoke',
    'reissue',
    'check_pass',
    'check_fail',
  ]
  return taps.filter((a) => decide(actor, r, tapPlan(r, a), { noticeReason: 'ok' }).ok)
}
