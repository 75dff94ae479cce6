import { VerifyInput } from '../../types/certificate'
import { action } from '../_platform/kit/define'
import { verifyCertificate } from '../_services/certificates/verify'

/**
 * Public verification from the QR (no sign-in): the same answer shape for an unknown token;
 * limited per client (a signed-in person, else the caller's address).
 */
export const verify = action({
  description: '核验电子证明（公开，无需登录）',
  input: VerifyInput,
  roles: 'anyone',
  run: ({ input, caller, platform, context }) => {
    const client = caller?.userId ?? context?.clientIp ?? 'anonymous'
    return verifyCertificate(platform, input, client)
  },
})
