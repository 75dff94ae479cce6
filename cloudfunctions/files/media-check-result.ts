import * as z from 'zod/mini'
import { action } from '../_platform/kit/define'
import { SYSTEM } from '../_platform/kit/roles'
import { releaseHeld } from '../_services/held-orders'

/**
 * WeChat's push of an asynchronous photo check (`wxa_media_check`, mapped to this action by the
 * function kit): marks the photo cleared or rejected, then releases or rejects the orders it held.
 */
export const mediaCheckResult = action({
  description: '图片内容审核结果（微信消息推送）',
  input: z.object({
    traceId: z.string().check(z.minLength(1), z.maxLength(128)),
    suggest: z.enum(['pass', 'risky', 'review']),
  }),
  roles: SYSTEM,
  async run({ input, caller, platform }) {
    const files = platform.store.collection('files')
    const page = await files.find({ where: { traceId: input.traceId }, limit: 10 })
    // 'review' means a person at WeChat looks again: the photo stays hidden, the order is released on time
    const status = input.suggest === 'pass' ? 'cleared' : input.suggest === 'risky' ? 'rejected' : 'checking'
    for (const file of page.items) await files.patch(file._id, { status })
    const released = await releaseHeld(platform, caller)
    return { files: page.items.length, ...released }
  },
})
