import { SubmitInput } from '../../types/report'
import { action } from '../_platform/kit/define'
import { RESIDENT } from '../_platform/kit/roles'
import { createOrder } from '../_services/create-order'

/** 一键报事: idempotent on requestId; answers the number, the handler and why. */
export const submit = action({
  description: '提交报事（报物业 / 报网格员）',
  input: SubmitInput,
  roles: RESIDENT,
  texts: (input) => [input.where, input.description],
  async run({ input, caller, platform }) {
    return createOrder(platform, caller, { ...input, source: 'resident' })
  },
})
