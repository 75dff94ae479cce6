/**
 * Content checks before anyone else sees what a person wrote or photographed. The check's author
 * meta comes from the caller alone: on CloudBase the identity adapter puts the WeChat openid on the
 * Caller (msgSecCheck v2 and mediaCheckAsync need it). Nothing is re-read from `users`.
 *
 * Text is checked by the function kit (define.ts) for every action that declares its `texts`;
 * photos here.
 */
import type { Caller } from '../../types/identity'
import { invalidInput } from '../_platform/kit/errors'
import type { Platform } from '../_platform/ports'
import { attachFile } from './files'

export function authorOf(caller: Caller): { userId: string; openid?: string } {
  return caller.openid ? { userId: caller.userId, openid: caller.openid } : { userId: caller.userId }
}

/**
 * Photos must be the caller's own uploads and must not be rejected. Returns true when a check is
 * still pending (CloudBase's asynchronous media check): the caller holds what they are attached to.
 */
export async function checkPhotos(platform: Platform, caller: Caller, photos: string[]): Promise<boolean> {
  const author = authorOf(caller)
  let pending = false
  for (const fileId of new Set(photos)) {
    const file = await platform.store.collection('files').get(fileId)
    if (!file || file.ownerId !== caller.userId) throw invalidInput('照片不存在或不是您上传的，请重新上传')
    const verdict = await platform.contentCheck.image(fileId, author)
    if (verdict === 'reject') throw invalidInput('照片未通过内容审核，请更换后再提交')
    await attachFile(platform, file)
    if (verdict === 'pending') pending = true
  }
  return pending
}
