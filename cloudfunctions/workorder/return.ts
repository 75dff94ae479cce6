import { ReturnInput } from '../../types/report'
import { addWorkingHours } from '../_core/deadlines'
import { action } from '../_platform/kit/define'
import { STAFF } from '../_platform/kit/roles'
import { act } from '../_services/act'
import { calendarFor } from '../_services/holiday-settings'
import { notifyRole } from '../_services/notify'
import { workflowSettings } from '../_services/settings'

/** 退回: not ours (wrong handler). The community re-dispatches it within its own deadline. */
export const returnOrder = action({
  description: '退回工单（非本单位职责，需写明原因）',
  input: ReturnInput,
  roles: STAFF,
  texts: (input) => [input.reason],
  handler: ({ input, caller, platform }) =>
    act(platform, caller!, 'return', input, {
      async build({ order, now }) {
        const settings = await workflowSettings(platform.store, order.streetId)
        const calendar = await calendarFor(platform.store, order)
        return {
          patch: {
            handlerStaffId: '',
            handlerStaffName: '',
            nextDeadline: addWorkingHours(now, settings.redispatchHours, settings.officeHours, calendar).toISOString(),
            escalationLevel: 0,
          },
          events: [{ action: 'return', note: input.reason }],
        }
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
