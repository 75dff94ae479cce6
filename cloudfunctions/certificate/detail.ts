import { DetailInput } from '../../types/certificate'
import { action } from '../_platform/kit/define'
import { ANY_PERSON } from '../_platform/kit/roles'
import { requestDetail } from '../_services/certificates/mine'

/** One request with its timeline and, once issued, its certificate: the applicant's view or staff's. */
export const detail = action({
  description: '证明申请详情（时间线、待补材料、证明）',
  input: DetailInput,
  roles: ANY_PERSON,
  run: ({ input, caller, platform }) => requestDetail(platform, caller, input.id),
})
