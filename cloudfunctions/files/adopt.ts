import * as z from 'zod/mini'
import { action } from '../_platform/kit/define'
import { invalidInput } from '../_platform/kit/errors'
import { ANY_PERSON, mayUploadSpreadsheet } from '../_platform/kit/roles'
import { checkUploadQuota } from '../_services/files'

/**
 * CloudBase: the mini-program uploads a photo straight to cloud storage, then hands its cloud:// id
 * here. Only a file under the caller's own upload prefix `uploads/<openid>/` is taken. The photo is
 * checked (size, magic bytes) and gets a FileId owned by the caller, so reports and resolutions
 * take it like a photo uploaded through the local host's /api/_upload, within the same daily quota.
 */
export const adopt = action({
  description: '登记已上传到云存储的照片（云开发）',
  input: z.object({
    cloudFileId: z.string().check(z.regex(/^cloud:\/\/\S+$/, '照片地址无效'), z.maxLength(500)),
  }),
  roles: ANY_PERSON,
  runtimes: ['cloudbase'],
  async run({ input, caller, platform }) {
    if (!platform.files.adopt) throw invalidInput('当前环境请通过上传接口提交照片')
    // the same daily quota as an upload through the local host
    await checkUploadQuota(platform, caller.userId)
    try {
      const stored = await platform.files.adopt(input.cloudFileId, {
        ownerId: caller.userId,
        ...(caller.openid ? { openid: caller.openid } : {}),
        // a community admin's roster (household.importRoster) arrives this way too
        ...(mayUploadSpreadsheet(caller) ? { spreadsheet: true } : {}),
      })
      return { fileId: stored.fileId }
    } catch (error) {
      if (error instanceof Error && error.name === 'PhotoRejectedError') throw invalidInput(error.message)
      throw error
    }
  },
})
