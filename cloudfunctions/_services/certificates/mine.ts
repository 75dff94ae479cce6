/** The resident's list and one request's detail, each in the view its caller may see. */
import type { Caller } from '../../../types/identity'
import { notFound } from '../../_platform/kit/errors'
import type { Platform } from '../../_platform/ports'
import { certificatesOf, type RequestDoc, requestsOf } from './docs'
import { canSee, loadRequest } from './requests'
import { falsePledgeFlag } from './review'
import { toRequestView, toRow, toStaffView } from './views'

export async function myRequests(platform: Platform, caller: Caller) {
  const [own, proxied] = await Promise.all([
    requestsOf(platform.store).find({
      where: { applicantId: caller.userId },
      orderBy: [['createdAt', 'desc']],
      limit: 100,
    }),
    caller.scopes.some((s) => s.role === 'grid_worker')
      ? requestsOf(platform.store).find({
          where: { proxyId: caller.userId },
          orderBy: [['createdAt', 'desc']],
          limit: 100,
        })
      : Promise.resolve({ items: [] as RequestDoc[] }),
  ])
  const now = platform.clock.now()
  const all = [...own.items, ...proxied.items].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
  return { items: all.map((r) => toRow(r, now)) }
}

export async function requestDetail(platform: Platform, caller: Caller, id: string) {
  const r = await loadRequest(platform.store, id)
  if (!canSee(caller, r)) throw notFound('没有找到这条申请')
  const cert = r.certificateId ? await certificatesOf(platform.store).get(r.certificateId) : null
  const asApplicant = caller.userId === r.applicantId || caller.userId === r.proxyId
  if (asApplicant) return toRequestView(platform, r, cert)
  return toStaffView(platform, caller, r, cert, await falsePledgeFlag(platform, r.applicantId))
}
