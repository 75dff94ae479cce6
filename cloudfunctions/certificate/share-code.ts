import { ShareCodeInput } from '../../types/certificate'
import { action } from '../_platform/kit/define'
import { RESIDENT } from '../_platform/kit/roles'
import { shareCode as issueShareCode } from '../_services/certificates/resident'

/** 用证码: a 6-digit code, valid 10 minutes, that lets a verifier see the full face. */
export const shareCode = action({
  description: '生成用证码（10分钟有效）',
  input: ShareCodeInput,
  roles: RESIDENT,
  run: ({ input, caller, platform }) => issueShareCode(platform, caller, input.id),
})
