import { ResetPasswordInput } from '../../types/signin'
import { action } from '../_platform/kit/define'
import { resetPassword as reset } from '../_services/signin'

/** An admin gives a staff member in scope a one-time temporary password, shown only in this reply. */
export const resetPassword = action({
  description: '重置工作人员密码',
  input: ResetPasswordInput,
  roles: ['street_admin', 'community_admin', 'property_manager'],
  runtimes: ['local'],
  async run({ input, caller, platform }) {
    return reset(platform, caller, input.userId)
  },
})
