import { ReissueInput } from '../../types/certificate'
import { action } from '../_platform/kit/define'
import { reissue as reissueCertificate } from '../_services/certificates/issue'
import { REVIEWER } from './roles'

/** 换发: a new version under the same serial; the old version's verify page says 已被新版本替代. */
export const reissue = action({
  description: '换发证明新版本（旧版本作废）',
  input: ReissueInput,
  roles: REVIEWER,
  texts: (input) => [input.reason],
  run: ({ input, caller, platform }) => reissueCertificate(platform, caller, input.id, input.reason),
})
