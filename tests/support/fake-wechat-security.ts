/**
 * A fake of WeChat's content security API (the far edge: wx-server-sdk `openapi.security`), for
 * building the real `createWechatContentCheck` off the cloud. It records every call. Text containing
 * a word of `risky` is answered `risky`; every other text `pass`. mediaCheckAsync answers a fresh
 * trace id (or throws, when told to); its verdict arrives later, the way WeChat pushes it.
 */
import type { SecurityApi } from '../../cloudfunctions/_platform/content-check/wechat-security'

export interface FakeSecurityApi extends SecurityApi {
  textCalls: Array<{ openid: string; version: number; content: string }>
  mediaCalls: Array<{ openid: string; version: number; mediaUrl: string; mediaType: number }>
  /** the next mediaCheckAsync call fails like a refused or timed-out request */
  failNextMedia(): void
}

export function fakeWechatSecurity(risky: readonly string[] = ['赌博', '法轮']): FakeSecurityApi {
  const textCalls: FakeSecurityApi['textCalls'] = []
  const mediaCalls: FakeSecurityApi['mediaCalls'] = []
  let fail = false
  let trace = 0
  return {
    textCalls,
    mediaCalls,
    failNextMedia() {
      fail = true
    },
    security: {
      async msgSecCheck({ openid, version, content }) {
        textCalls.push({ openid, version, content })
        const hit = risky.some((w) => content.includes(w))
        return { result: { suggest: hit ? 'risky' : 'pass', label: hit ? 20006 : 100 } }
      },
      async mediaCheckAsync({ openid, version, mediaUrl, mediaType }) {
        if (fail) {
          fail = false
          throw Object.assign(new Error('errcode 45009: reach max api daily quota limit'), { errCode: 45009 })
        }
        mediaCalls.push({ openid, version, mediaUrl, mediaType })
        return { traceId: `trace-${process.pid}-${++trace}` }
      },
    },
  }
}
