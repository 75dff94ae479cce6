/**
 * The staff inbox of requests: the reviewer's community (what they can act on now, oldest deadline
 * first), what waits on residents, what is overdue, pledges sampled for 核查, and what is done; the
 * street's admin sees requests waiting for the street's countersign.
 */
import type { Caller } from '../../../types/identity'
import { staffActionsOf } from '../../_core/certificates'
import type { Platform } from '../../_platform/ports'
import type { Where } from '../../_platform/store/port'
import { type RequestDoc, requestsOf } from './docs'
import { actorOf, factsOf } from './requests'
import { toRow } from './views'

export type InboxFilter = 'todo' | 'waiting' | 'overdue' | 'checks' | 'done'

const REVIEWER_ROLES = ['community_admin', 'grid_leader']
const DONE = ['issued', 'refused', 'not_accepted', 'withdrawn', 'check_passed', 'false_pledge', 'pledged']

export async function inbox(platform: Platform, caller: Caller, filter: InboxFilter) {
  const now = platform.clock.now()
  const communities = [...new Set(caller.scopes.filter((s) => REVIEWER_ROLES.includes(s.role)).map((s) => s.orgId))]
  const streets = [...new Set(caller.scopes.filter((s) => s.role === 'street_admin').map((s) => s.orgId))]
  const queries: Array<{ where: Where; orderBy: Array<[string, 'asc' | 'desc']> }> = []
  const scopes: Where[] = [
    ...(communities.length ? [{ communityId: { in: communities } }] : []),
    ...(streets.length ? [{ streetId: { in: streets } }] : []),
  ]
  for (const scope of scopes) {
    if (filter === 'todo')
      queries.push({ where: { ...scope, statusGroup: 'open' }, orderBy: [['nextDeadline', 'asc']] })
    if (filter === 'waiting')
      queries.push({ where: { ...scope, statusGroup: 'waiting' }, orderBy: [['updatedAt', 'desc']] })
    if (filter === 'overdue') {
      queries.push({
        where: { ...scope, statusGroup: 'open', nextDeadline: { lt: now.toISOString() } },
        orderBy: [['nextDeadline', 'asc']],
      })
    }
    if (filter === 'checks') queries.push({ where: { ...scope, status: 'sampled' }, orderBy: [['updatedAt', 'desc']] })
    if (filter === 'done') queries.push({ where: { ...scope, status: { in: DONE } }, orderBy: [['updatedAt', 'desc']] })
  }
  const pages = await Promise.all(queries.map((q) => requestsOf(platform.store).find({ ...q, limit: 100 })))
  const seen = new Set<string>()
  const actor = actorOf(caller)
  const items: RequestDoc[] = []
  for (const r of pages.flatMap((p) => p.items)) {
    if (seen.has(r._id)) continue
    seen.add(r._id)
    // 待办: only what this caller can act on now (the street's admin: the countersign; nobody: their own)
    if (filter === 'todo' && staffActionsOf(actor, factsOf(r)).length === 0) continue
    items.push(r)
  }
  return { items: items.map((r) => toRow(r, now)) }
}
