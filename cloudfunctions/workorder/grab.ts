import { GrabInput } from '../../types/report'
import { grabChange } from '../_core/workflow'
import { action } from '../_platform/kit/define'
import { STAFF } from '../_platform/kit/roles'
import { act } from '../_services/act'
import { notifyAcknowledged } from '../_services/notify'

/** 抢单: take an order from the org's pool; it counts as acknowledged. First tap wins. */
export const grab = action({
  description: '抢单（从抢单池领取并签收）',
  input: GrabInput,
  roles: STAFF,
  run: ({ input, caller, platform }) =>
    act(platform, caller, 'grab', input, {
      build: ({ order, caller }) => grabChange(order, { id: caller.userId, name: caller.name }),
      after: ({ platform, caller }, saved) => notifyAcknowledged(platform, saved, caller),
    }),
})
