/**
 * The WeChat API port over HTTPS with global fetch. The access token (cgi-bin/token) is fetched
 * once and reused until shortly before it expires (by the injected clock); concurrent callers share
 * one fetch; a token WeChat calls invalid is dropped and fetched again once.
 */
import type { SecCheckResult, SubscribeSend, WechatApi, WechatConfig } from './port'
import { WechatApiError } from './port'

/** renew this long before WeChat's expiry */
const RENEW_MARGIN_MS = 5 * 60_000
const TIMEOUT_MS = 10_000

type Reply = { errcode?: number; errmsg?: string; [key: string]: unknown }

export function createWechatHttpApi(options: WechatConfig & { now: () => Date }): WechatApi {
  const { base, appid, secret, now } = options
  let cached: { token: string; renewAt: number } | null = null
  let pending: Promise<string> | null = null

  async function request(api: string, url: string, body?: unknown): Promise<Reply> {
    let res: Response
    try {
      res = await fetch(url, {
        method: body === undefined ? 'GET' : 'POST',
        headers: body === undefined ? undefined : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      })
    } catch (error) {
      throw new WechatApiError(api, -1, `request failed (${(error as Error).name})`)
    }
    let reply: Reply
    try {
      reply = (await res.json()) as Reply
    } catch {
      throw new WechatApiError(api, -1, `HTTP ${res.status}, not JSON`)
    }
    if (typeof reply.errcode === 'number' && reply.errcode !== 0) {
      throw new WechatApiError(api, reply.errcode, String(reply.errmsg ?? ''))
    }
    return reply
  }

  async function fetchToken(): Promise<string> {
    const q = new URLSearchParams({ grant_type: 'client_credential', appid, secret })
    const reply = await request('token', `${base}/cgi-bin/token?${q}`)
    const token = reply.access_token
    const expiresIn = Number(reply.expires_in ?? 7200)
    if (typeof token !== 'string' || !token) throw new WechatApiError('token', -1, 'no access_token in the reply')
    cached = { token, renewAt: now().getTime() + expiresIn * 1000 - RENEW_MARGIN_MS }
    return token
  }

  async function accessToken(): Promise<string> {
    if (cached && now().getTime() < cached.renewAt) return cached.token
    pending ??= fetchToken().finally(() => {
      pending = null
    })
    return pending
  }

  /** a call that needs the access token; retried once with a fresh token when WeChat refuses the token */
  async function withToken(api: string, path: string, body: unknown): Promise<Reply> {
    for (let attempt = 0; ; attempt++) {
      const token = await accessToken()
      try {
        return await request(api, `${base}${path}?access_token=${encodeURIComponent(token)}`, body)
      } catch (error) {
        if (attempt === 0 && error instanceof WechatApiError && error.badToken) {
          if (cached?.token === token) cached = null
          continue
        }
        throw error
      }
    }
  }

  return {
    async codeToSession(code) {
      const q = new URLSearchParams({ appid, secret, js_code: code, grant_type: 'authorization_code' })
      const reply = await request('jscode2session', `${base}/sns/jscode2session?${q}`)
      // session_key stays here: nothing in Xiaobei needs it, and it must never be returned or logged
      if (typeof reply.openid !== 'string' || !reply.openid) {
        throw new WechatApiError('jscode2session', -1, 'no openid in the reply')
      }
      return typeof reply.unionid === 'string'
        ? { openid: reply.openid, unionid: reply.unionid }
        : { openid: reply.openid }
    },
    async phoneNumber(code) {
      const reply = await withToken('getuserphonenumber', '/wxa/business/getuserphonenumber', { code })
      const info = reply.phone_info as
        | { phoneNumber?: string; purePhoneNumber?: string; countryCode?: string }
        | undefined
      if (!info?.purePhoneNumber) throw new WechatApiError('getuserphonenumber', -1, 'no phone_info in the reply')
      return {
        phoneNumber: String(info.phoneNumber ?? info.purePhoneNumber),
        purePhoneNumber: info.purePhoneNumber,
        countryCode: String(info.countryCode ?? '86'),
      }
    },
    async msgSecCheck({ openid, scene, version, content }): Promise<SecCheckResult> {
      const reply = await withToken('msg_sec_check', '/wxa/msg_sec_check', { openid, scene, version, content })
      const result = reply.result as SecCheckResult['result']
      return { result: result ?? {} }
    },
    async sendSubscribe({ touser, templateId, page, data }: SubscribeSend) {
      await withToken('subscribe_send', '/cgi-bin/message/subscribe/send', {
        touser,
        template_id: templateId,
        ...(page ? { page } : {}),
        data,
      })
    },
  }
}
