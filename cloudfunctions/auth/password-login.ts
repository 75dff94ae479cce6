import { PasswordLoginInput } from '../../types/signin'
import { action } from '../_platform/kit/define'
import { signInWithPassword } from '../_services/signin'
import { tokenFor } from './sign-in-token'

/** Staff on the H5 console: account and password → `{ token, user }`. */
export const passwordLogin = action({
  description: '工作人员账号密码登录（自建服务器）',
  input: PasswordLoginInput,
  roles: 'anyone',
  runtimes: ['local'],
  async run({ input, platform }) {
    const { user, mustChangePassword } = await signInWithPassword(platform, input.account, input.password)
    return { token: await tokenFor(platform, user), user, ...(mustChangePassword ? { mustChangePassword } : {}) }
  },
})
