import * as z from 'zod/mini'
import { action } from '../_platform/kit/define'
import { ANY_PERSON } from '../_platform/kit/roles'

/** Local runtime only: the notifications sent to the caller, newest first (WeChat would deliver them). */
export const outbox = action({
  description: '本地消息盒子：发给我的通知（仅本地环境）',
  input: z.object({ cursor: z.nullish(z.string().check(z.maxLength(512))) }),
  roles: ANY_PERSON,
  runtimes: ['local'],
  async run({ input, caller, platform }) {
    const page = await platform.store.collection('outbox').find({
      where: { toUserId: caller.userId },
      orderBy: [['createdAt', 'desc']],
      limit: 50,
      cursor: input.cursor ?? null,
    })
    return {
      items: page.items.map((m) => ({
        _id: m._id,
        toUserId: String(m.toUserId),
        template: String(m.template ?? ''),
        title: String(m.title ?? ''),
        body: String(m.body ?? ''),
        page: typeof m.page === 'string' ? m.page : undefined,
        createdAt: String(m.createdAt),
      })),
      nextCursor: page.nextCursor,
    }
  },
})
