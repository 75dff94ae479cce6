import { RateInput } from '../../types/report'
import { rateChange } from '../_core/workflow'
import { action } from '../_platform/kit/define'
import { RESIDENT } from '../_platform/kit/roles'
import { act } from '../_services/act'
import { notifyHandler } from '../_services/notify'

/** Stars, tags and a comment; rating a resolved order also confirms it. */
export const rate = action({
  description: '评价办理结果（1–5星、标签、留言）',
  input: RateInput,
  roles: RESIDENT,
  texts: (input) => [input.comment, ...input.tags],
  run: ({ input, caller, platform }) =>
    act(platform, caller, 'rate', input, {
      build: ({ now, order }) => rateChange(order, now, input),
      after: ({ platform }, saved) =>
        notifyHandler(platform, saved, 'workorder.rated', `工单 ${saved.number} 已评价`, `居民评价 ${input.stars} 星`),
    }),
})
