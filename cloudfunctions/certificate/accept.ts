import { AcceptInput } from '../../types/certificate'
import { action } from '../_platform/kit/define'
import { accept as acceptRequest } from '../_services/certificates/review'
import { REVIEWER } from './roles'

export const accept = action({
  description: '受理证明申请',
  input: AcceptInput,
  roles: REVIEWER,
  run: ({ input, caller, platform }) => acceptRequest(platform, caller, input.id),
})
