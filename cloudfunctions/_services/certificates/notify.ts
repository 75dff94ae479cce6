/** Who hears about a request: the applicant (and the grid worker who applied for them), and its reviewers. */
import type { Role } from '../../../types/identity'
import type { Platform } from '../../_platform/ports'
import { sendAll } from '../notify'
import { membersOf } from '../rosters'
import type { RequestDoc } from './docs'

export const RESIDENT_PAGE = (id: string) => `pages/certificates/detail/index?id=${id}`
export const STAFF_PAGE = (id: string) => `packageStaff/pages/certificate/index?id=${id}`

export function notifyApplicant(platform: Platform, r: RequestDoc, template: string, title: string, body: string) {
  return sendAll(platform, [r.applicantId, r.proxyId ?? ''], template, title, body, RESIDENT_PAGE(r._id))
}

/** The reviewers of the request's community (or, `street`, the street's admins). */
export async function notifyStaff(
  platform: Platform,
  r: RequestDoc,
  template: string,
  title: string,
  body: string,
  to: 'community' | 'street' = 'community',
) {
  const orgId = to === 'street' ? r.streetId : r.communityId
  const roles: Role[] = to === 'street' ? ['street_admin'] : [r.typeSnapshot.reviewerRole]
  const members = await membersOf(platform.store, orgId, roles)
  await sendAll(
    platform,
    members.map((m) => m.userId).filter((id) => id !== r.applicantId),
    template,
    title,
    body,
    STAFF_PAGE(r._id),
  )
}
