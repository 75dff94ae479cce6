/**
 * The phone number behind WeChat's phone-number button (getuserphonenumber), through the WeChat
 * API port: the self-hosted HTTP adapter, or wx-server-sdk's openapi on CloudBase. It fills the bind
 * form, and is kept on the person as `wechatPhone`: a phone WeChat confirmed is what lets the
 * community's roster verify a binding at once (a typed phone could be anyone's).
 */

import type { Caller } from '../../types/identity'
import { AppError, invalidInput, rateLimited } from '../_platform/kit/errors'
import type { Platform } from '../_platform/ports'
import { isWechatApiError } from '../_platform/wechat/port'
import { loadOrCreateUser, usersOf } from './accounts'

export async function phoneFromWechat(platform: Platform, caller: Caller, code: string): Promise<{ phone: string }> {
  if (!platform.wechat) throw new AppError('FORBIDDEN', '本服务器未接入微信手机号快速填写，请手动填写手机号')
  let info: { purePhoneNumber: string; countryCode: string }
  try {
    info = await platform.wechat.phoneNumber(code)
  } catch (error) {
    if (isWechatApiError(error)) {
      if (error.badCode) throw invalidInput('微信手机号授权已过期，请重新点击获取，或手动填写')
      if (error.rateLimited) throw rateLimited('微信接口调用过于频繁，请稍后再试，或手动填写手机号')
      console.warn(`[phone] WeChat ${error.api} refused: errcode ${error.errCode}`)
      throw new AppError('INTERNAL', '暂时无法从微信获取手机号，请手动填写')
    }
    throw error
  }
  if (info.countryCode !== '86' || !/^1[3-9]\d{9}$/.test(info.purePhoneNumber)) {
    throw invalidInput('目前只支持中国大陆手机号，请手动填写')
  }
  const phone = info.purePhoneNumber
  const user = await loadOrCreateUser(platform.store, caller, platform.clock.now().toISOString())
  if (user.wechatPhone !== phone) await usersOf(platform.store).patch(user._id, { wechatPhone: phone })
  return { phone }
}
