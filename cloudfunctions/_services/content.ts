/**
 * Content checks before anyone else sees what a person wrote or photographed. On CloudBase the
 * check needs the caller's OPENID (msgSecCheck v2 / mediaCheckAsync), read from their user record.
 */
import type { Caller } from '../../types/identity'
import { invalidInput } from '../_platform/kit/errors'
import type { Platform } from '../_platform/ports'

/** The identity adapter read the caller's user record already: its openid came with the caller. */
async function metaOf(_platform: Platform, caller: Caller) {
  return { userId: caller.userId, openid: caller.openid }
}

export async function checkText(platform: Platform, caller: Caller, text: string): Promise<void> {
  const verdict = await platform.contentCheck.text(text, await metaOf(platform, caller))
  if (!verdict.ok) throw invalidInput(verdict.reason)
}

/**
 * Photos must be the caller's own uploads and must not be rejected. Returns true when a check is
 * still pending (CloudBase's asynchronous media check): the caller holds what they are attached to.
 */
export async function checkPhotos(platform: Platform, caller: Caller, photos: string[]): Promise<boolean> {
  const meta = await metaOf(platform, caller)
  let pending = false
  for (const fileId of new Set(photos)) {
    const file = await platform.store.collection('files').get(fileId)
    if (!file || file.ownerId !== caller.userId) throw invalidInput('照片不存在或不是您上传的，请重新上传')
    const verdict = await platform.contentCheck.image(fileId, meta)
    if (verdict === 'reject') throw invalidInput('照片未通过内容审核，请更换后再提交')
    if (verdict === 'pending') pending = true
  }
  return pending
}
