import { CheckPledgeInput } from '../../types/certificate'
import { action } from '../_platform/kit/define'
import { checkPledge as check } from '../_services/certificates/review'
import { REVIEWER } from './roles'

/** 核查 of a sampled pledge: 属实, or 虚假承诺 (the resident is flagged for staff). */
export const checkPledge = action({
  description: '告知承诺事后核查',
  input: CheckPledgeInput,
  roles: REVIEWER,
  texts: (input) => [input.note],
  run: ({ input, caller, platform }) => check(platform, caller, input.id, input.result, input.note),
})
