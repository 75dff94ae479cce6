import type { Caller } from '../../types/identity'
import { invalidInput } from '../_platform/kit/errors'
import type { Platform } from '../_platform/ports'

/** Staff photos must be their own uploads and pass the image check before residents see them. */
export async function checkStaffPhotos(platform: Platform, caller: Caller, photos: string[]): Promise<void> {
  for (const fileId of new Set(photos)) {
    const meta = await platform.store.collection('files').get(fileId)
    if (!meta || meta.ownerId !== caller.userId) throw invalidInput('照片不存在或不是您上传的，请重新上传')
    const verdict = await platform.contentCheck.image(fileId, { userId: caller.userId })
    if (verdict === 'reject') throw invalidInput('照片未通过内容审核，请更换后再提交')
  }
}
