import { RevokeInput } from '../../types/certificate'
import { action } from '../_platform/kit/define'
import { revoke as revokeCertificate } from '../_services/certificates/issue'
import { REVIEWER } from './roles'

export const revoke = action({
  description: '撤销已出具的证明',
  input: RevokeInput,
  roles: REVIEWER,
  texts: (input) => [input.reason],
  run: ({ input, caller, platform }) => revokeCertificate(platform, caller, input.id, input.reason),
})
