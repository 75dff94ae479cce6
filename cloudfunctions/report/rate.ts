import { RateInput } from '../../types/report'
import { action } from '../_platform/kit/define'
import { RESIDENT } from '../_platform/kit/roles'
import { act } from '../_services/act'
import { notifyHandler } from '../_services/notify'
import { NO_DEADLINE } from '../_services/orders'

/** Stars, tags and a comment; rating a resolved order also confirms it. */
export const rate = action({
  description: '评价办理结果（1–5星、标签、留言）',
  input: RateInput,
  roles: RESIDENT,
  texts: (input) => [input.comment, ...input.tags],
  handler: ({ input, caller, platform }) =>
    act(platform, caller!, 'rate', input, {
      build: ({ now, order }) => ({
        patch: {
          rating: { stars: input.stars, tags: input.tags, comment: input.comment, at: now.toISOString() },
          closedAt: order.closedAt ?? now.toISOString(),
          nextDeadline: NO_DEADLINE,
        },
        events: [
          {
            action: 'rate',
            note: [`${'★'.repeat(input.stars)}${'☆'.repeat(5 - input.stars)}`, ...input.tags, input.comment ?? '']
              .filter(Boolean)
              .join(' '),
          },
        ],
      }),
      after: ({ platform }, saved) =>
        notifyHandler(platform, saved, 'workorder.rated', `工单 ${saved.number} 已评价`, `居民评价 ${input.stars} 星`),
    }),
})
