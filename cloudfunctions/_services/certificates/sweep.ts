/**
 * Overdue requests in the escalation sweep (the work orders' timer, `_services/sweep.ts`): a request
 * whose running clock has passed its due time is escalated once, by the table's `escalate` row (the
 * system's), and the community's reviewers and the street's admins are told.
 */
import type { Caller } from '../../../types/identity'
import { decide } from '../../_core/certificates'
import type { Platform } from '../../_platform/ports'
import { isStoreConflict } from '../../_platform/store/port'
import { requestsOf } from './docs'
import { notifyStaff } from './notify'
import { actorOf, factsOf, stepChanges } from './requests'

const BATCH = 100

export async function escalateOverdueRequests(platform: Platform, caller: Caller): Promise<number> {
  const now = platform.clock.now()
  const at = now.toISOString()
  const page = await requestsOf(platform.store).find({
    where: { statusGroup: 'open', nextDeadline: { lt: at }, escalationLevel: { lt: 1 } },
    orderBy: [['nextDeadline', 'asc']],
    limit: BATCH,
  })
  let escalated = 0
  for (const r of page.items) {
    const d = decide(actorOf(caller), factsOf(r), ['escalate'])
    if (!d.ok) continue
    try {
      const saved = await requestsOf(platform.store).patch(
        r._id,
        {
          ...stepChanges(r, d.steps, { id: caller.userId, name: '系统' }, at, { note: '超过承诺时限，已提请街道督办' }),
          escalationLevel: 1,
        },
        { expectedVersion: r._v },
      )
      escalated++
      const title = `证明申请超时：${saved.number}`
      await notifyStaff(platform, saved, 'certificate.overdue', title, `${saved.typeName}已超过承诺时限`)
      await notifyStaff(platform, saved, 'certificate.overdue', title, `${saved.typeName}已超过承诺时限`, 'street')
    } catch (error) {
      // someone acted on it meanwhile: the next sweep looks again
      if (!isStoreConflict(error)) throw error
    }
  }
  return escalated
}
