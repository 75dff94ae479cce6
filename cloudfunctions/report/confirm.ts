import { ByIdInput } from '../../types/report'
import { action } from '../_platform/kit/define'
import { RESIDENT } from '../_platform/kit/roles'
import { act } from '../_services/act'
import { NO_DEADLINE } from '../_services/orders'

/** The resident confirms the problem is fixed. */
export const confirm = action({
  description: '确认已解决',
  input: ByIdInput,
  roles: RESIDENT,
  handler: ({ input, caller, platform }) =>
    act(platform, caller!, 'confirm', input, {
      build: ({ now }) => ({
        patch: { closedAt: now.toISOString(), nextDeadline: NO_DEADLINE },
        events: [{ action: 'confirm', note: '居民确认问题已解决' }],
      }),
    }),
})
