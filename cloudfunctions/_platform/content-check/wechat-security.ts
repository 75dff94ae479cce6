/**
 * CloudBase content check: msgSecCheck v2 for text and mediaCheckAsync for photos (asynchronous:
 * a photo is 'pending' and held until the callback clears it). wx-server-sdk openapi only works
 * inside CloudBase, so it is loaded lazily by the caller.
 */
import type { ContentCheckPort, FilesPort } from '../ports'
import type { Store } from '../store/port'

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
  store: Store
}): ContentCheckPort {
  const files = options.store.collection('files')
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
      const file = await files.get(fileId)
      if (!file) return 'reject'
      if (file.status === 'cleared') return 'pass'
      if (file.status === 'rejected') return 'reject'
      if (file.status === 'checking') return 'pending'
      if (!meta.openid) return 'pending' // no check can be asked for; the sweep releases it without its photos
      const api = await options.openapi()
      const mediaUrl = await options.files.url(fileId)
      const reply = await api.security.mediaCheckAsync({
        openid: meta.openid,
        scene: 1,
        version: 2,
        mediaUrl,
        mediaType: 2,
      })
      // the result arrives later as a wxa_media_check push, matched by trace id (files.mediaCheckResult)
      await files.patch(fileId, { status: 'checking', traceId: reply.traceId ?? '' })
      return 'pending'
    },
  }
}
