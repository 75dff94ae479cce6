import { ChangePasswordInput } from '../../types/signin'
import { action } from '../_platform/kit/define'
import { ANY_PERSON } from '../_platform/kit/roles'
import { changePassword as change } from '../_services/signin'

/** The caller changes their own password (the old one is required). */
export const changePassword = action({
  description: '修改密码',
  input: ChangePasswordInput,
  roles: ANY_PERSON,
  runtimes: ['local'],
  async run({ input, caller, platform }) {
    await change(platform, caller, input.old, input.new)
    return { changed: true }
  },
})
