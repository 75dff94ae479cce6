import { ReturnInput } from '../../types/report'
import { action } from '../_platform/kit/define'
import { STAFF } from '../_platform/kit/roles'
import { act } from '../_services/act'
import { notifyResidents } from '../_services/notify'
import { NO_DEADLINE } from '../_services/orders'

/** 驳回: the community (or street) closes an invalid or duplicate report, telling the resident why. */
export const reject = action({
  description: '驳回工单（无效或重复，需写明原因）',
  input: ReturnInput,
  roles: STAFF,
  texts: (input) => [input.reason],
  handler: ({ input, caller, platform }) =>
    act(platform, caller!, 'reject', input, {
      build: ({ now }) => ({
        patch: { closedAt: now.toISOString(), nextDeadline: NO_DEADLINE },
        events: [{ action: 'reject', note: input.reason }],
      }),
      after: ({ platform }, saved) =>
        notifyResidents(platform, saved, 'workorder.rejected', `报事 ${saved.number} 未受理`, input.reason),
    }),
})
