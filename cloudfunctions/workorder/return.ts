import { ReturnInput } from '../../types/report'
import { returnChange } from '../_core/workflow'
import { action } from '../_platform/kit/define'
import { STAFF } from '../_platform/kit/roles'
import { act } from '../_services/act'
import { calendarFor } from '../_services/holiday-settings'
import { notifyRole } from '../_services/notify'
import { workflowSettings } from '../_services/settings'

/**
 * 退回: not ours (wrong handler). The community re-dispatches it within its own deadline. After 签收
 * only the holder returns it; a colleague only while it sits in the pool (the transition table).
 */
export const returnOrder = action({
  description: '退回工单（非本单位职责，需写明原因）',
  input: ReturnInput,
  roles: STAFF,
  texts: (input) => [input.reason],
  run: ({ input, caller, platform }) =>
    act(platform, caller, 'return', input, {
      async build({ order, now }) {
        const [settings, calendar] = await Promise.all([
          workflowSettings(platform.store, order.streetId),
          calendarFor(platform.store, order),
        ])
        return returnChange(now, input.reason, { ...settings, calendar }, order.kpi?.clocks.at(-1)?.start)
      },
      after: ({ platform }, saved) =>
        notifyRole(
          platform,
          saved.communityId,
          ['community_admin'],
          saved,
          'workorder.returned',
          `退回待改派：${saved.number}`,
          input.reason,
        ),
    }),
})
