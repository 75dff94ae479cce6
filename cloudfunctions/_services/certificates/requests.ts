/**
 * Changing a request: load → ask the table (core `decide`) → compute the new state, clock and
 * timeline → patch guarded by the version → notify. Every change, the system's included, goes
 * through here or through issue.ts (which does the same inside the issuing transaction).
 */
import { REQUEST_GROUP, type RequestAction, type RequestStatus } from '../../../types/certificate-labels'
import type { Caller } from '../../../types/identity'
import {
  type ActorFacts,
  CLOCK_RUNS,
  type Decision,
  decide,
  type RequestClock,
  type RequestFacts,
  tapPlan,
} from '../../_core/certificates'
import { AppError, notFound } from '../../_platform/kit/errors'
import type { Platform } from '../../_platform/ports'
import { type Changes, isStoreConflict, type Store } from '../../_platform/store/port'
import { roomKeyOf } from '../households'
import type { RequestDoc, RequestEvent } from './docs'
import { requestsOf } from './docs'

/** The caller as the guards see them: their scopes and their own household's room. */
export function actorOf(caller: Caller): ActorFacts {
  const a = caller.address
  return {
    userId: caller.userId,
    kind: caller.kind,
    scopes: caller.scopes,
    roomKey: a?.buildingId && a.unit && a.room ? roomKeyOf(a.buildingId, a.unit, a.room) : null,
  }
}

export function factsOf(r: RequestDoc): RequestFacts {
  return {
    applicantId: r.applicantId,
    proxyId: r.proxyId,
    communityId: r.communityId,
    streetId: r.streetId,
    roomKey: r.roomKey,
    reviewerRole: r.typeSnapshot.reviewerRole,
    countersign: r.typeSnapshot.countersign,
    status: r.status,
    noticeRounds: r.notices.length,
  }
}

/** A request the caller may see: its applicant, its proxy, or staff with a relation to it. */
export async function loadRequest(store: Store, id: string): Promise<RequestDoc> {
  const r = await requestsOf(store).get(id)
  if (!r) throw notFound('没有找到这条申请')
  return r
}

/** The table's answer for one tap by `caller`, or the refusal as an error. */
export function decideTap(
  caller: Caller,
  r: RequestDoc,
  action: RequestAction,
  extra: { noticeReason?: string | null } = {},
): Decision['steps'] {
  const facts = factsOf(r)
  const d = decide(actorOf(caller), facts, tapPlan(facts, action), extra)
  if (!d.ok) {
    // a request the caller has no relation to is as good as missing
    if (d.code === 'FORBIDDEN' && !canSee(caller, r)) throw notFound('没有找到这条申请')
    throw new AppError(d.code, d.message)
  }
  return d.steps
}

/** Whether the caller may see the request at all (applicant, proxy, staff of its community or street). */
export function canSee(caller: Caller, r: RequestDoc): boolean {
  if (caller.userId === r.applicantId || caller.userId === r.proxyId) return true
  return caller.scopes.some(
    (s) =>
      (s.orgId === r.communityId && (s.role === 'community_admin' || s.role === 'grid_leader')) ||
      (s.orgId === r.streetId && s.role === 'street_admin'),
  )
}

/** The events and state fields of the decided steps (the timeline is part of the request). */
export function stepChanges(
  r: Pick<RequestDoc, 'events' | 'clock'>,
  steps: Decision['steps'],
  by: { id: string; name: string },
  at: string,
  detail: { note?: string | null; items?: string[] | null; clock?: RequestClock | null } = {},
): Pick<RequestDoc, 'status' | 'statusGroup' | 'events' | 'nextDeadline' | 'updatedAt' | 'clock'> {
  const last = steps[steps.length - 1]
  const status = last.to as RequestStatus
  const events: RequestEvent[] = steps.map((s, i) => ({
    at,
    action: s.action,
    from: s.from,
    to: s.to,
    byId: by.id,
    byName: by.name,
    // the note and items belong to the tap itself (its last step), not to a review started on the way
    note: i === steps.length - 1 ? (detail.note ?? null) : null,
    items: i === steps.length - 1 ? (detail.items ?? null) : null,
  }))
  const clock = detail.clock === undefined ? r.clock : detail.clock
  return {
    status,
    statusGroup: REQUEST_GROUP[status],
    events: [...r.events, ...events],
    clock,
    nextDeadline: CLOCK_RUNS.includes(status) && clock?.dueBy ? clock.dueBy : null,
    updatedAt: at,
  }
}

/** Writes a change guarded by the version the decision was made on; a concurrent change is CONFLICT. */
export async function commit(platform: Platform, r: RequestDoc, changes: Changes<RequestDoc>): Promise<RequestDoc> {
  try {
    return await requestsOf(platform.store).patch(r._id, changes, { expectedVersion: r._v })
  } catch (error) {
    if (isStoreConflict(error)) throw new AppError('CONFLICT', '申请刚被他人处理过，请刷新后再试')
    throw error
  }
}

export const actOutput = (r: RequestDoc) => ({ id: r._id, status: r.status, dueBy: r.nextDeadline })

export function byOf(caller: Caller) {
  return { id: caller.userId, name: caller.name }
}
