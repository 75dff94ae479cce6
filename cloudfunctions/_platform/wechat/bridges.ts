/**
 * The self-hosted runtime's WeChat adapters, built on the WeChat API port: the same content-check
 * and subscribe-message adapters CloudBase uses, given this port in place of wx-server-sdk's openapi.
 */
import { createWechatContentCheck } from '../content-check/wechat-security'
import type { OpenApi } from '../notify/subscribe-message'
import type { ContentCheckPort, FilesPort } from '../ports'
import type { Store } from '../store/port'
import type { WechatApi } from './port'

/** wx-server-sdk's `openapi.subscribeMessage` shape, served by the port */
export function openApiOf(wechat: WechatApi): OpenApi {
  return { subscribeMessage: { send: (args) => wechat.sendSubscribe(args) } }
}

/**
 * Text by msg_sec_check v2 when the author has an openid (a resident who signed in with WeChat);
 * otherwise (staff on the H5 console, demo personas) the local keyword check. Photos always by the
 * local check: the self-hosted host serves no public URL WeChat could fetch for mediaCheckAsync.
 */
export function createSelfHostedContentCheck(options: {
  wechat: WechatApi
  local: ContentCheckPort
  files: FilesPort
  store: Store
}): ContentCheckPort {
  const { wechat, local } = options
  const remote = createWechatContentCheck({
    openapi: async () => ({
      security: {
        msgSecCheck: (args) => wechat.msgSecCheck(args),
        mediaCheckAsync: async () => {
          throw new Error('mediaCheckAsync is not used on the self-hosted runtime')
        },
      },
    }),
    files: options.files,
    store: options.store,
  })
  return {
    async text(content, meta) {
      return meta.openid ? remote.text(content, meta) : local.text(content, meta)
    },
    image: (fileId, meta) => local.image(fileId, meta),
  }
}
