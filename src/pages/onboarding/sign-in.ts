/**
 * Signing a real person in, per runtime:
 * - cloud transport (CloudBase): the function knows the caller from the WeChat context; `auth.me` is enough;
 * - http transport (self-hosted): `wx.login` gives a one-time code, `auth.wxLogin` exchanges it for a token.
 * The privacy consent's version is remembered on the device so the welcome page is shown once per version.
 */
import Taro from '@tarojs/taro'
import type { PrivacyNotice } from '../../../types/household'
import type { User } from '../../../types/identity'
import { ApiError, call, getToken, getUser, me } from '../../api'
import { saveSession } from '../../api/storage'
import { IS_WEAPP, TRANSPORT } from '../../lib/env'

const CONSENT_KEY = 'xiaobei:privacy-consent'

/** the privacy notice version this device's person agreed to ('' when none) */
export function consentedVersion(): string {
  try {
    return String(Taro.getStorageSync(CONSENT_KEY) || '')
  } catch {
    return ''
  }
}

interface WxLike {
  login?: (o: { success?: (r: { code?: string }) => void; fail?: (e: unknown) => void }) => void
}

/**
 * The one-time code of `wx.login`. In the mini-program: Taro.login. In a browser: the WeChat JS
 * environment's `wx.login` when the page runs inside WeChat; elsewhere there is no WeChat to ask.
 */
async function wechatCode(): Promise<string> {
  if (IS_WEAPP) {
    const res = await Taro.login()
    if (res.code) return res.code
    throw new ApiError('NETWORK', '微信登录失败，请稍后重试')
  }
  const wx = (globalThis as { wx?: WxLike }).wx
  if (!wx?.login) throw new ApiError('UNAUTHENTICATED', '请在微信中打开小北，用微信身份登录')
  const login = wx.login
  return new Promise<string>((resolve, reject) =>
    login({
      success: (r) => (r.code ? resolve(r.code) : reject(new ApiError('NETWORK', '微信登录失败，请稍后重试'))),
      fail: () => reject(new ApiError('NETWORK', '微信登录失败，请稍后重试')),
    }),
  )
}

/** Signs in with WeChat (or keeps the session this device has) and returns who it is. */
export async function signInWithWechat(): Promise<User> {
  if (TRANSPORT === 'cloud' || getToken()) {
    try {
      return (await me()).user
    } catch (error) {
      if (TRANSPORT === 'cloud' || (error as ApiError)?.code !== 'UNAUTHENTICATED') throw error
    }
  }
  const out = await call<{ token: string; user: User }>('auth', 'wxLogin', { code: await wechatCode() })
  saveSession(out.token, out.user)
  return out.user
}

/** Records the consent on the server and on this device. */
export async function consentTo(notice: PrivacyNotice): Promise<void> {
  await call('auth', 'consent', { version: notice.version })
  Taro.setStorageSync(CONSENT_KEY, notice.version)
}

/** Where a person goes once signed in and consented: staff to work, a resident without a house to 绑定住址. */
export function afterSignIn(user: User | null = getUser()): 'work' | 'bind' | 'home' {
  if (user?.kind === 'staff') return 'work'
  return user?.address ? 'home' : 'bind'
}
