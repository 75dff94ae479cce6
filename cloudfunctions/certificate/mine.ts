import { MineInput } from '../../types/certificate'
import { action } from '../_platform/kit/define'
import { myRequests } from '../_services/certificates/mine'
import { APPLICANT } from './roles'

/** 我的证明: the caller's requests (and those a grid worker made for residents), newest first. */
export const mine = action({
  description: '我的证明申请',
  input: MineInput,
  roles: APPLICANT,
  run: ({ caller, platform }) => myRequests(platform, caller),
})
