import { ReopenInput } from '../../types/report'
import { reopenChange } from '../_core/workflow'
import { action } from '../_platform/kit/define'
import { RESIDENT } from '../_platform/kit/roles'
import { act } from '../_services/act'
import { notifyHandler, notifyRole } from '../_services/notify'
import { freshDeadlines } from '../_services/order-deadlines'

/** 不满意重办: back to the same handler with fresh deadlines; more than 3 reopens puts it under 督办. */
export const reopen = action({
  description: '不满意重办（需写明原因）',
  input: ReopenInput,
  roles: RESIDENT,
  texts: (input) => [input.reason],
  run: ({ input, caller, platform }) =>
    act(platform, caller, 'reopen', input, {
      build: async ({ order, now }) => reopenChange(order, input.reason, await freshDeadlines(platform, order, now)),
      async after({ platform }, saved) {
        await notifyHandler(platform, saved, 'workorder.reopened', `工单 ${saved.number} 被要求重办`, input.reason)
        if (saved.supervised) {
          await notifyRole(
            platform,
            saved.communityId,
            ['community_admin'],
            saved,
            'workorder.supervised',
            `督办：${saved.number}`,
            `已重办${saved.reopenCount}次`,
          )
        }
      },
    }),
})
