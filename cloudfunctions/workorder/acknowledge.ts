import { AcknowledgeInput } from '../../types/report'
import { action } from '../_platform/kit/define'
import { STAFF } from '../_platform/kit/roles'
import { act } from '../_services/act'
import { notifyResidents } from '../_services/notify'
import { minDeadline } from '../_services/order-deadlines'

/** 签收: one tap. The clock moves from acknowledge-by to resolve-by. */
export const acknowledge = action({
  description: '签收工单',
  input: AcknowledgeInput,
  roles: STAFF,
  handler: ({ input, caller, platform }) =>
    act(platform, caller!, 'acknowledge', input, {
      build: ({ order }) => ({
        patch: {
          nextDeadline: minDeadline(order.resolveBy, order),
          escalationLevel: 0,
        },
        events: [{ action: 'acknowledge', note: '已签收，将尽快处理' }],
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
