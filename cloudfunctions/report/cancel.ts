import { CancelInput } from '../../types/report'
import { cancelChange } from '../_core/workflow'
import { action } from '../_platform/kit/define'
import { RESIDENT } from '../_platform/kit/roles'
import { act } from '../_services/act'
import { notifyHandler } from '../_services/notify'

/** Withdraw a report before anyone has acknowledged it. */
export const cancel = action({
  description: '撤销报事（签收前）',
  input: CancelInput,
  roles: RESIDENT,
  texts: (input) => [input.reason],
  run: ({ input, caller, platform }) =>
    act(platform, caller, 'cancel', input, {
      build: ({ now }) => cancelChange(now, input.reason),
      after: ({ platform }, saved) =>
        notifyHandler(
          platform,
          saved,
          'workorder.cancelled',
          `工单 ${saved.number} 已撤销`,
          '居民已撤销该报事，无需处理',
        ),
    }),
})
