import { ApproveInput } from '../../types/certificate'
import { action } from '../_platform/kit/define'
import { approve as approveRequest } from '../_services/certificates/issue'
import { REVIEWER } from './roles'

/** 审核通过: issues the signed e-certificate in the same transaction (or, for a countersigned type, the street's tap does). */
export const approve = action({
  description: '审核通过并出证（街道会签的证明由街道出证）',
  input: ApproveInput,
  roles: REVIEWER,
  run: ({ input, caller, platform }) => approveRequest(platform, caller, input.id),
})
