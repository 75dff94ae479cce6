import { AcknowledgeInput } from '../../types/report'
import { acknowledgeChange } from '../_core/workflow'
import { action } from '../_platform/kit/define'
import { STAFF } from '../_platform/kit/roles'
import { act } from '../_services/act'
import { notifyAcknowledged } from '../_services/notify'

/** 签收: one tap. The clock moves from acknowledge-by to resolve-by. */
export const acknowledge = action({
  description: '签收工单',
  input: AcknowledgeInput,
  roles: STAFF,
  run: ({ input, caller, platform }) =>
    act(platform, caller, 'acknowledge', input, {
      build: ({ order }) => acknowledgeChange(order),
      after: ({ platform, caller }, saved) => notifyAcknowledged(platform, saved, caller),
    }),
})
