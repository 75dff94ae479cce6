import { PhoneFromWechatInput } from '../../types/household'
import { action } from '../_platform/kit/define'
import { RESIDENT } from '../_platform/kit/roles'
import { phoneFromWechat as fromWechat } from '../_services/wechat-phone'

/** The phone number from WeChat's phone-number button, for the bind form (kept as the person's confirmed phone). */
export const phoneFromWechat = action({
  description: '用微信手机号快速填写',
  input: PhoneFromWechatInput,
  roles: RESIDENT,
  async run({ input, caller, platform }) {
    return fromWechat(platform, caller, input.code)
  },
})
