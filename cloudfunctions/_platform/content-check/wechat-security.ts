/**
 * CloudBase content check: msgSecCheck v2 for text and mediaCheckAsync for photos (asynchronous:
 * a photo is 'pending' and held until the callback clears it). wx-server-sdk openapi only works
 * inside CloudBase, so it is loaded lazily by the caller.
 */
import type { ContentCheckPort, FilesPort } from '../ports'

export interface SecurityApi {
  security: {
    msgSecCheck(args: { openid: string; scene: number; version: number; content: string }): Promise<{
      result?: { suggest?: string; label?: number }
    }>
    mediaCheckAsync(args: {
      openid: string
      scene: number
      version: number
      mediaUrl: string
      mediaType: number
    }): Promise<{ traceId?: string }>
  }
}

export function createWechatContentCheck(options: {
  openapi: () => Promise<SecurityApi>
  files: FilesPort
}): ContentCheckPort {
  return {
    async text(content, meta) {
      if (!meta.openid) return { ok: true }
      const api = await options.openapi()
      const reply = await api.security.msgSecCheck({ openid: meta.openid, scene: 1, version: 2, content })
      return reply.result?.suggest === 'pass'
        ? { ok: true }
        : { ok: false, reason: '内容未通过安全检查，请修改后再提交' }
    },
    async image(fileId, meta) {
      if (!meta.openid) return 'pending'
      const api = await options.openapi()
      const mediaUrl = await options.files.url(fileId)
      await api.security.mediaCheckAsync({ openid: meta.openid, scene: 1, version: 2, mediaUrl, mediaType: 2 })
      return 'pending'
    },
  }
}
