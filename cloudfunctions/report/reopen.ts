import { ReasonInput } from '../../types/report'
import { computeDeadlines } from '../_core/deadlines'
import { needsSupervision } from '../_core/escalation'
import { action } from '../_platform/kit/define'
import { RESIDENT } from '../_platform/kit/roles'
import { act } from '../_services/act'
import { orderCategory } from '../_services/catalog'
import { calendarFor } from '../_services/holiday-settings'
import { notifyHandler, notifyRole } from '../_services/notify'
import { systemActor } from '../_services/orders'
import { workflowSettings } from '../_services/settings'

/** 不满意重办: back to the same handler with fresh deadlines; more than 3 reopens puts it under 督办. */
export const reopen = action({
  description: '不满意重办（需写明原因）',
  input: ReasonInput,
  roles: RESIDENT,
  texts: (input) => [input.reason],
  handler: ({ input, caller, platform }) =>
    act(platform, caller!, 'reopen', input, {
      async build({ order, now }) {
        const settings = await workflowSettings(platform.store, order.streetId)
        const category = await orderCategory(platform.store, order)
        const calendar = await calendarFor(platform.store, order)
        const deadlines = computeDeadlines(now, { ...category, urgent: order.urgent }, settings.officeHours, calendar)
        const reopenCount = order.reopenCount + 1
        const supervised = order.supervised || needsSupervision(reopenCount)
        return {
          patch: {
            reopenCount,
            supervised,
            ...deadlines,
            nextDeadline: deadlines.acknowledgeBy,
            escalationLevel: 0,
            resolvedAt: null,
            closedAt: null,
            afterPhotos: [],
          },
          events: [
            { action: 'reopen', note: input.reason },
            ...(supervised && !order.supervised
              ? [
                  {
                    action: 'supervise' as const,
                    note: `已重办${reopenCount}次，列入督办`,
                    actor: systemActor('小北督办'),
                  },
                ]
              : []),
          ],
        }
      },
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
