import { NudgeInput } from '../../types/report'
import { nudgeChange } from '../_core/workflow'
import { action } from '../_platform/kit/define'
import { RESIDENT } from '../_platform/kit/roles'
import { act } from '../_services/act'
import { calendarFor } from '../_services/holiday-settings'
import { notifyHandler } from '../_services/notify'
import { workflowSettings } from '../_services/settings'

/** 催办: the reporter reminds whoever holds their open report; at most once per 4 working hours. */
export const nudge = action({
  description: '催办（每4个工作小时最多一次）',
  input: NudgeInput,
  roles: RESIDENT,
  run: ({ input, caller, platform }) =>
    act(platform, caller, 'nudge', input, {
      async build({ order, now }) {
        const [settings, calendar] = await Promise.all([
          workflowSettings(platform.store, order.streetId),
          calendarFor(platform.store, order),
        ])
        const holder = order.handlerStaffName || order.handlerOrgName
        return nudgeChange(now, holder, { officeHours: settings.officeHours, calendar })
      },
      after: ({ platform }, saved) =>
        notifyHandler(
          platform,
          saved,
          'workorder.nudged',
          `居民催办：${saved.number}`,
          `${saved.categoryName} · ${saved.addressLabel}，居民在催，请尽快处理`,
        ),
    }),
})
