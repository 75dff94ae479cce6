/**
 * The WeChat API port on CloudBase: wx-server-sdk's `cloud.openapi` (cloud calls need no access
 * token or app secret). Serves the phone number, msg_sec_check and the subscribe send; the session
 * exchange does not exist there (CloudBase hands the function the caller's OPENID itself).
 * The SDK's refusals (`errCode`) become WechatApiError, as the HTTP adapter's are.
 */
import type { SecurityApi } from '../content-check/wechat-security'
import type { OpenApi } from '../notify/subscribe-message'
import { type WechatApi, WechatApiError } from './port'

/** wx-server-sdk's `openapi.phonenumber` */
export interface PhoneNumberApi {
  phonenumber: {
    getPhoneNumber(args: { code: string }): Promise<{
      phoneInfo?: { phoneNumber?: string; purePhoneNumber?: string; countryCode?: string | number }
    }>
  }
}

export type CloudOpenApi = SecurityApi & OpenApi & Partial<PhoneNumberApi>

async function call<T>(api: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    const e = error as { errCode?: unknown; errMsg?: unknown }
    if (typeof e?.errCode === 'number') throw new WechatApiError(api, e.errCode, String(e.errMsg ?? ''))
    throw new WechatApiError(api, -1, `openapi call failed (${(error as Error)?.name ?? 'error'})`)
  }
}

export function createOpenApiWechat(openapi: () => Promise<CloudOpenApi>): WechatApi {
  return {
    async codeToSession() {
      throw new WechatApiError('jscode2session', -1, 'not used on CloudBase: the context carries the OPENID')
    },
    async phoneNumber(code) {
      const reply = await call('getuserphonenumber', async () => {
        const api = await openapi()
        if (!api.phonenumber) throw new Error('openapi.phonenumber is not available')
        return api.phonenumber.getPhoneNumber({ code })
      })
      const info = reply.phoneInfo
      if (!info?.purePhoneNumber) throw new WechatApiError('getuserphonenumber', -1, 'no phoneInfo in the reply')
      return {
        phoneNumber: String(info.phoneNumber ?? info.purePhoneNumber),
        purePhoneNumber: info.purePhoneNumber,
        countryCode: String(info.countryCode ?? '86'),
      }
    },
    async msgSecCheck(args) {
      return call('msg_sec_check', async () => (await openapi()).security.msgSecCheck(args))
    },
    async sendSubscribe(args) {
      await call('subscribe_send', async () => (await openapi()).subscribeMessage.send(args))
    },
  }
}
