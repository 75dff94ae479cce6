import { WxLoginInput } from '../../types/signin'
import { action } from '../_platform/kit/define'
import { signInWithWechat } from '../_services/signin'
import { tokenFor } from './sign-in-token'

/**
 * Self-hosted: the mini-program's `wx.login` code → `{ token, user }`. Needs the WeChat
 * credentials; on CloudBase the caller is the context's OPENID and this action does not exist.
 */
export const wxLogin = action({
  description: '微信登录（自建服务器）',
  input: WxLoginInput,
  roles: 'anyone',
  runtimes: ['local'],
  async run({ input, platform }) {
    const user = await signInWithWechat(platform, input.code)
    return { token: await tokenFor(platform, user), user }
  },
})
