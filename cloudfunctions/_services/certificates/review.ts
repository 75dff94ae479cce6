/**
 * The reviewer's taps other than approval: 受理, 不予受理, 一次性告知 (request more), 不予出证
 * (refuse, with the 救济途径), and the pledge post-check (核查). Each: load → table → patch → notify.
 */
import type { Caller } from '../../../types/identity'
import { pauseClock } from '../../_core/certificates'
import type { Platform } from '../../_platform/ports'
import { usersOf } from '../accounts'
import { calendarFor } from '../holiday-settings'
import { certificateSettings, typeById } from './catalogue'
import type { RequestDoc } from './docs'
import { notifyApplicant, notifyStaff } from './notify'
import { actOutput, byOf, commit, decideTap, loadRequest, stepChanges } from './requests'

export async function accept(platform: Platform, caller: Caller, id: string) {
  const r = await loadRequest(platform.store, id)
  const steps = decideTap(caller, r, 'accept')
  const at = platform.clock.now().toISOString()
  const saved = await commit(platform, r, { ...stepChanges(r, steps, byOf(caller), at), acceptedBy: byOf(caller) })
  await notifyApplicant(
    platform,
    saved,
    'certificate.accepted',
    `${saved.typeName}已受理`,
    '社区已受理您的申请，正在审核',
  )
  return actOutput(saved)
}

export async function notAccept(platform: Platform, caller: Caller, id: string, reason: string) {
  const r = await loadRequest(platform.store, id)
  const steps = decideTap(caller, r, 'not_accept')
  const at = platform.clock.now().toISOString()
  const saved = await commit(platform, r, {
    ...stepChanges(r, steps, byOf(caller), at, { note: reason }),
    notAcceptedReason: reason,
  })
  await notifyApplicant(platform, saved, 'certificate.not_accepted', `${saved.typeName}不予受理`, reason)
  return actOutput(saved)
}

/**
 * 一次性告知: every missing item in one notice; the clock stops until the resident resubmits. A
 * second round needs its reason and is counted (notices[].round).
 */
export async function requestMore(platform: Platform, caller: Caller, id: string, items: string[], reason?: string) {
  const r = await loadRequest(platform.store, id)
  const steps = decideTap(caller, r, 'request_more', { noticeReason: reason ?? null })
  const now = platform.clock.now()
  const at = now.toISOString()
  const unique = [...new Set(items)]
  const round = r.notices.length + 1
  const clock = r.clock ? pauseClock(r.clock, now, await calendarFor(platform.store, r)) : null
  const saved = await commit(platform, r, {
    ...stepChanges(r, steps, byOf(caller), at, {
      note: round > 1 ? `第${round}次补正：${reason}` : null,
      items: unique,
      clock,
    }),
    notices: [
      ...r.notices,
      { round, items: unique, reason: round > 1 ? (reason ?? null) : null, at, byId: caller.userId },
    ],
  })
  await notifyApplicant(
    platform,
    saved,
    'certificate.need_supplement',
    `${saved.typeName}需补充材料`,
    `请补充：${unique.join('、')}`.slice(0, 60),
  )
  return actOutput(saved)
}

export async function refuse(platform: Platform, caller: Caller, id: string, reason: string, remedy?: string) {
  const r = await loadRequest(platform.store, id)
  const steps = decideTap(caller, r, 'refuse')
  const at = platform.clock.now().toISOString()
  const settings = await certificateSettings(platform.store, r.streetId)
  const type = await typeById(platform.store, r.typeId)
  const told = remedy || type.remedy || settings.remedy
  const saved = await commit(platform, r, {
    ...stepChanges(r, steps, byOf(caller), at, { note: reason }),
    refusal: { reason, remedy: told },
  })
  await notifyApplicant(platform, saved, 'certificate.refused', `${saved.typeName}不予出证`, reason)
  return actOutput(saved)
}

/** 核查 of a sampled pledge: passed, or a false pledge that flags the resident for staff. */
export async function checkPledge(
  platform: Platform,
  caller: Caller,
  id: string,
  result: 'passed' | 'false',
  note?: string,
) {
  const r = await loadRequest(platform.store, id)
  const steps = decideTap(caller, r, result === 'passed' ? 'check_pass' : 'check_fail')
  const at = platform.clock.now().toISOString()
  const changes = {
    ...stepChanges(r, steps, byOf(caller), at, { note: note ?? null }),
    check: { result, note: note ?? null, at, byId: caller.userId },
  }
  const saved =
    result === 'passed'
      ? await commit(platform, r, changes)
      : await platform.store.transaction(async (tx) => {
          const user = await tx.collection('users').get(r.applicantId)
          if (user) {
            const flags = Array.isArray(user.falsePledges) ? (user.falsePledges as string[]) : []
            await tx.collection('users').patch(r.applicantId, { falsePledges: [...flags, r._id] })
          }
          return tx.collection<RequestDoc>('certificate_requests').patch(r._id, changes, { expectedVersion: r._v })
        })
  if (result === 'false') {
    await notifyStaff(platform, saved, 'certificate.false_pledge', `虚假承诺：${saved.applicantName}`, saved.number)
  }
  return actOutput(saved)
}

/** Whether a resident has a recorded false pledge (shown to staff on their later requests). */
export async function falsePledgeFlag(platform: Platform, userId: string): Promise<boolean> {
  const u = await usersOf(platform.store).get(userId)
  return Array.isArray((u as { falsePledges?: unknown } | null)?.falsePledges)
}
