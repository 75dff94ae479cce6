/**
 * The resident's own changes: withdraw (撤回), supplement (补充材料: the clock restarts with the
 * days it had left), and a 用证码 (share code, 10 minutes) for a verifier to see the full face.
 */
import { randomInt } from 'node:crypto'
import type { Caller } from '../../../types/identity'
import { resumeClock } from '../../_core/certificates'
import { AppError, notFound } from '../../_platform/kit/errors'
import type { Platform } from '../../_platform/ports'
import { checkPhotos } from '../content'
import { calendarFor } from '../holiday-settings'
import { certificatesOf } from './docs'
import { notifyStaff } from './notify'
import { actOutput, byOf, commit, decideTap, loadRequest, stepChanges } from './requests'

export const SHARE_CODE_MINUTES = 10

export async function withdraw(platform: Platform, caller: Caller, id: string, reason?: string) {
  const r = await loadRequest(platform.store, id)
  const steps = decideTap(caller, r, 'withdraw')
  const at = platform.clock.now().toISOString()
  const saved = await commit(platform, r, stepChanges(r, steps, byOf(caller), at, { note: reason ?? null }))
  return actOutput(saved)
}

export async function supplement(platform: Platform, caller: Caller, id: string, materials: string[], note?: string) {
  const r = await loadRequest(platform.store, id)
  const steps = decideTap(caller, r, 'supplement')
  await checkPhotos(platform, caller, materials)
  const now = platform.clock.now()
  const clock = r.clock ? resumeClock(r.clock, now, await calendarFor(platform.store, r)) : null
  const saved = await commit(platform, r, {
    ...stepChanges(r, steps, byOf(caller), now.toISOString(), { note: note ?? null, clock }),
    materials: [...r.materials, ...materials.filter((m) => !r.materials.includes(m))],
  })
  await notifyStaff(platform, saved, 'certificate.resubmitted', `已补充材料：${saved.typeName}`, saved.number)
  return actOutput(saved)
}

/** A fresh 6-digit 用证码 for the holder's certificate; only its keyed fingerprint is stored. */
export async function shareCode(platform: Platform, caller: Caller, id: string) {
  const r = await loadRequest(platform.store, id)
  if (r.applicantId !== caller.userId && r.proxyId !== caller.userId) throw notFound('没有找到这条申请')
  if (!r.certificateId) throw new AppError('CONFLICT', '证明尚未出具')
  if (!platform.cipher) throw new AppError('FORBIDDEN', '本环境未配置数据密钥')
  const cert = await certificatesOf(platform.store).get(r.certificateId)
  if (cert?.status !== 'valid') throw new AppError('CONFLICT', '该证明已失效，不能出示')
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
  const expiresAt = new Date(platform.clock.now().getTime() + SHARE_CODE_MINUTES * 60_000).toISOString()
  await certificatesOf(platform.store).patch(cert._id, {
    shareCode: { fingerprint: platform.cipher.fingerprint(`${cert._id}:${code}`), expiresAt },
  })
  return { code, expiresAt }
}
