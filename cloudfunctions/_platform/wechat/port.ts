/**
 * The WeChat API port (self-hosted runtime): the server-side calls a mini-program back end makes
 * to WeChat. One HTTP adapter (./http.ts) serves it; tests point it at a fake WeChat server.
 * Nothing here returns or logs the app secret, the access token or a session_key.
 */

/** What jscode2session gives back, minus the session_key (never leaves the adapter). */
export interface WechatSession {
  openid: string
  unionid?: string
}

export interface SecCheckResult {
  /** 'pass' | 'review' | 'risky' */
  result?: { suggest?: string; label?: number }
}

export interface SubscribeSend {
  touser: string
  templateId: string
  page?: string
  data: Record<string, { value: string }>
}

export interface WechatApi {
  /** `wx.login` code → the user's openid (jscode2session) */
  codeToSession(code: string): Promise<WechatSession>
  /** the phone-number button's code → the phone number (getuserphonenumber) */
  phoneNumber(code: string): Promise<{ phoneNumber: string; purePhoneNumber: string; countryCode: string }>
  /** msg_sec_check v2 */
  msgSecCheck(args: { openid: string; scene: number; version: number; content: string }): Promise<SecCheckResult>
  /** a one-time subscribe message (subscribeMessage.send) */
  sendSubscribe(args: SubscribeSend): Promise<void>
}

/** A refusal from WeChat (errcode ≠ 0) or a failed request (errcode -1: no answer or not JSON). */
export class WechatApiError extends Error {
  constructor(
    readonly api: string,
    readonly errCode: number,
    errmsg: string,
  ) {
    super(`WeChat ${api} failed: errcode ${errCode} ${errmsg}`)
    this.name = 'WechatApiError'
  }

  /** the code a user sent was invalid, expired or already used */
  get badCode(): boolean {
    return this.errCode === 40029 || this.errCode === 40163 || this.errCode === 40226
  }

  /** the access token was invalid or expired: fetch a new one */
  get badToken(): boolean {
    return this.errCode === 40001 || this.errCode === 42001 || this.errCode === 40014
  }

  /** WeChat's frequency limit */
  get rateLimited(): boolean {
    return this.errCode === 45009 || this.errCode === 45011
  }
}

export function isWechatApiError(error: unknown): error is WechatApiError {
  return (
    error instanceof Error && error.name === 'WechatApiError' && typeof (error as WechatApiError).errCode === 'number'
  )
}

export interface WechatConfig {
  base: string
  appid: string
  secret: string
}

export const WECHAT_API_BASE = 'https://api.weixin.qq.com'

/** The credentials from XIAOBEI_WECHAT_*; null (local checks and the outbox) when they are not set. */
export function wechatConfigFromEnv(env: NodeJS.ProcessEnv = process.env): WechatConfig | null {
  const appid = env.XIAOBEI_WECHAT_APPID?.trim()
  const secret = env.XIAOBEI_WECHAT_SECRET?.trim()
  if (!appid || !secret) return null
  return { base: (env.XIAOBEI_WECHAT_API_BASE?.trim() || WECHAT_API_BASE).replace(/\/+$/, ''), appid, secret }
}
