import { WhistleReportInput } from '../../types/report'
import { action } from '../_platform/kit/define'
import { STAFF } from '../_platform/kit/roles'
import { act } from '../_services/act'
import { notifyRole } from '../_services/notify'
import { baseDeadline } from '../_services/order-deadlines'

/** 报到: the whistled department answers. */
export const whistleReport = action({
  description: '部门报到（响应吹哨）',
  input: WhistleReportInput,
  roles: STAFF,
  handler: ({ input, caller, platform }) =>
    act(platform, caller!, 'whistle_report', input, {
      build: ({ order, now, caller }) => ({
        patch: {
          whistle: order.whistle && { ...order.whistle, reportedAt: now.toISOString() },
          nextDeadline: baseDeadline(order),
        },
        events: [{ action: 'whistle_report', note: `${order.whistle?.departmentName ?? ''}${caller.name}已报到` }],
      }),
      after: ({ platform }, saved) =>
        notifyRole(
          platform,
          saved.communityId,
          ['community_admin'],
          saved,
          'workorder.whistle_report',
          `部门已报到：${saved.number}`,
          saved.whistle?.departmentName ?? '',
        ),
    }),
})
