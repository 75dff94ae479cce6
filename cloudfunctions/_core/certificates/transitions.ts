/**
 * The certificate request lifecycle as a table, like work orders (docs/architecture.md, "The table
 * governs every change"): for every action, the states it may start from (null: a new request), the
 * state it leads to ('same' keeps it), and the relations allowed to take it. Guards that need the
 * request's data (one notice, countersign, own household) sit in ./guards.ts.
 *
 *   submitted → accepted | not_accepted
 *   accepted → reviewing → need_supplement → resubmitted → reviewing → approved → issued
 *   (reviewing | accepted | resubmitted | approved) → refused;  any open state → withdrawn
 *   pledged → sampled → check_passed | false_pledge  (告知承诺: a receipt, not a certificate)
 */
import type { RequestAction, RequestStatus } from '../../../types/certificate-labels'

/** How a caller stands to a request. */
export type RequestRelation =
  /** the resident the request is for */
  | 'applicant'
  /** the grid worker who applied on their behalf (代办) */
  | 'proxy'
  /** staff of the type's reviewer role in the request's community */
  | 'reviewer'
  /** the street's admin, for types the street countersigns */
  | 'countersigner'
  | 'system'

export interface RequestRule {
  from: ReadonlyArray<RequestStatus | null>
  to: RequestStatus | 'same'
  by: readonly RequestRelation[]
}

const WITHDRAWABLE: readonly RequestStatus[] = ['submitted', 'accepted', 'reviewing', 'need_supplement', 'resubmitted']

export const REQUEST_TRANSITIONS: Record<RequestAction, RequestRule> = {
  apply: { from: [null], to: 'submitted', by: ['applicant', 'proxy'] },
  pledge: { from: [null], to: 'pledged', by: ['applicant', 'proxy'] },
  sample: { from: ['pledged'], to: 'sampled', by: ['system'] },
  accept: { from: ['submitted'], to: 'accepted', by: ['reviewer'] },
  not_accept: { from: ['submitted'], to: 'not_accepted', by: ['reviewer'] },
  review: { from: ['accepted', 'resubmitted'], to: 'reviewing', by: ['reviewer'] },
  request_more: { from: ['reviewing'], to: 'need_supplement', by: ['reviewer'] },
  supplement: { from: ['need_supplement'], to: 'resubmitted', by: ['applicant', 'proxy'] },
  approve: { from: ['reviewing'], to: 'approved', by: ['reviewer'] },
  countersign: { from: ['approved'], to: 'issued', by: ['countersigner'] },
  issue: { from: ['approved'], to: 'issued', by: ['reviewer'] },
  refuse: {
    from: ['accepted', 'reviewing', 'resubmitted', 'approved'],
    to: 'refused',
    by: ['reviewer', 'countersigner'],
  },
  withdraw: { from: WITHDRAWABLE, to: 'withdrawn', by: ['applicant', 'proxy'] },
  revoke: { from: ['issued'], to: 'same', by: ['reviewer', 'countersigner'] },
  /** a new version of the issued certificate (e.g. a corrected address): the old one is superseded */
  reissue: { from: ['issued'], to: 'same', by: ['reviewer', 'countersigner'] },
  check_pass: { from: ['sampled'], to: 'check_passed', by: ['reviewer'] },
  check_fail: { from: ['sampled'], to: 'false_pledge', by: ['reviewer'] },
  escalate: { from: ['submitted', 'accepted', 'reviewing', 'resubmitted', 'approved'], to: 'same', by: ['system'] },
}

/** Actions a staff member's tap may be preceded by: review starts by itself when a reviewer acts. */
const STARTS_REVIEW: readonly RequestAction[] = ['request_more', 'approve', 'refuse']

/**
 * The table's steps for one tap: the action itself, or `review` then the action when the request
 * waits to be reviewed (accepted or resubmitted) and the action needs review started. The table
 * still decides each step.
 */
export function stepsFor(status: RequestStatus | null, action: RequestAction): RequestAction[] {
  const rule = REQUEST_TRANSITIONS[action]
  if (rule.from.includes(status)) return [action]
  if (status && STARTS_REVIEW.includes(action) && REQUEST_TRANSITIONS.review.from.includes(status)) {
    return ['review', action]
  }
  return [action]
}

/** The states where the office's clock runs (what the sweep watches). */
export const CLOCK_RUNS: readonly RequestStatus[] = ['submitted', 'accepted', 'reviewing', 'resubmitted', 'approved']
