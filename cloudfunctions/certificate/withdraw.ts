import { WithdrawInput } from '../../types/certificate'
import { action } from '../_platform/kit/define'
import { withdraw as withdrawRequest } from '../_services/certificates/resident'
import { APPLICANT } from './roles'

export const withdraw = action({
  description: '撤回证明申请',
  input: WithdrawInput,
  roles: APPLICANT,
  texts: (input) => [input.reason],
  run: ({ input, caller, platform }) => withdrawRequest(platform, caller, input.id, input.reason),
})
