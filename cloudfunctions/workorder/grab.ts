import { GrabInput } from '../../types/report'
import { action } from '../_platform/kit/define'
import { STAFF } from '../_platform/kit/roles'
import { act } from '../_services/act'
import { notifyResidents } from '../_services/notify'
import { minDeadline } from '../_services/order-deadlines'

/** 抢单: take an order from the org's pool; it counts as acknowledged. First tap wins. */
export const grab = action({
  description: '抢单（从抢单池领取并签收）',
  input: GrabInput,
  roles: STAFF,
  handler: ({ input, caller, platform }) =>
    act(platform, caller!, 'grab', input, {
      build: ({ order, caller }) => ({
        patch: {
          handlerStaffId: caller.userId,
          handlerStaffName: caller.name,
          nextDeadline: minDeadline(order.resolveBy, order),
          escalationLevel: 0,
        },
        events: [{ action: 'grab', note: `${caller.name}抢单并签收` }],
      }),
      after: ({ platform, caller }, saved) =>
        notifyResidents(
          platform,
          saved,
          'workorder.acknowledged',
          `报事 ${saved.number} 已签收`,
          `${caller.name}（${saved.handlerOrgName}）已签收，正在处理`,
        ),
    }),
})
