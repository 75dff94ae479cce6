/**
 * Responses the anti-gaming checks held, for the street to accept (they count) or discard (the board
 * says how many were discarded). The street sees the answers and why each was held, never who sent it.
 */
import type { Caller } from '../../../types/identity'
import type { HeldResponseView } from '../../../types/rating'
import type { Platform } from '../../_platform/ports'
import { adminStreetOf } from '../admin-edits'
import { boardAudit } from '../board/audit'
import { rescoreIfOpen } from '../board/workflow'
import { allOrgs } from '../places'
import { findAll } from '../reference-sets'
import { type ResponseDoc, responses } from './survey'

export async function heldResponses(platform: Platform, caller: Caller, quarter: string) {
  const streetId = adminStreetOf(caller)
  const [held, orgs] = await Promise.all([
    findAll(responses(platform.store), { streetId, quarter, status: 'held' }),
    allOrgs(platform.store),
  ])
  const items: HeldResponseView[] = held
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt))
    .map((r) => ({
      id: r._id,
      companyId: r.companyId,
      companyName: orgs.get(r.companyId)?.name ?? r.companyId,
      answers: r.answers,
      comment: r.comment,
      holdReason: r.holdReason,
      submittedAt: r.submittedAt,
    }))
  return { quarter, items }
}

export async function reviewHeld(
  platform: Platform,
  caller: Caller,
  input: { ids: string[]; decision: 'accept' | 'discard' },
  requestId?: string,
) {
  const streetId = adminStreetOf(caller)
  const at = platform.clock.now().toISOString()
  const status = input.decision === 'accept' ? 'counted' : 'discarded'
  const ids = [...new Set(input.ids)]
  const done = await platform.store.transaction(async (tx) => {
    const docs = tx.collection<ResponseDoc>('survey_responses')
    const changed: Array<{ id: string; quarter: string }> = []
    for (const id of ids) {
      const r = await docs.get(id)
      if (r?.streetId !== streetId || r.status !== 'held') continue
      await docs.patch(id, { status })
      changed.push({ id, quarter: r.quarter })
    }
    await boardAudit(
      tx,
      caller,
      {
        at,
        streetId,
        action: 'rating.reviewHeld',
        target: `survey_responses/${changed.length} 份`,
        before: { status: 'held', ids: changed.map((c) => c.id) },
        after: { status },
      },
      requestId,
    )
    return changed
  })
  for (const quarter of new Set(done.map((d) => d.quarter))) await rescoreIfOpen(platform, streetId, quarter)
  return { decision: input.decision, updated: done.length, skipped: ids.length - done.length }
}
