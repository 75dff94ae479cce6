/**
 * CloudBase content check: msgSecCheck v2 for text and mediaCheckAsync for photos (asynchronous:
 * a photo is 'pending' and held until the callback clears it). wx-server-sdk openapi only works
 * inside CloudBase, so it is loaded lazily by the caller.
 *
 * Both WeChat checks need the author's openid (the Caller carries it). Without one nothing is let
 * through unchecked: text is refused, and a photo is recorded 'unchecked' and stays hidden.
 * A photo's status is persisted before 'pending' is answered, so a photo is never visible while,
 * or because, its check failed to start.
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

/** msgSecCheck v2 scene 1: 资料 (a user's profile-like content: reports, notes, comments). */
const SCENE = 1
const BLOCKED = '内容未通过安全检查，请修改后再提交'

export function createWechatContentCheck(options: {
  openapi: () => Promise<SecurityApi>
  files: FilesPort
  store: Store
}): ContentCheckPort {
  const files = options.store.collection('files')
  return {
    asyncImages: true,
    async text(content, meta) {
      if (!meta.openid) return { ok: false, reason: '无法确认发布者的微信身份，内容暂不能提交' }
      const api = await options.openapi()
      const reply = await api.security.msgSecCheck({ openid: meta.openid, scene: SCENE, version: 2, content })
      return reply.result?.suggest === 'pass' ? { ok: true } : { ok: false, reason: BLOCKED }
    },
    async image(fileId, meta) {
      const file = await files.get(fileId)
      if (!file) return 'reject'
      if (file.status === 'cleared') return 'pass'
      if (file.status === 'rejected') return 'reject'
      if (file.status === 'checking' || file.status === 'unchecked') return 'pending'
      let traceId = ''
      if (meta.openid) {
        try {
          const api = await options.openapi()
          const mediaUrl = await options.files.url(fileId)
          const reply = await api.security.mediaCheckAsync({
            openid: meta.openid,
            scene: SCENE,
            version: 2,
            mediaUrl,
            mediaType: 2,
          })
          traceId = reply.traceId ?? ''
        } catch (error) {
          const code = (error as { errCode?: unknown })?.errCode ?? 'unknown'
          console.warn(`[content-check] mediaCheckAsync failed (errCode ${code}); the photo stays hidden`)
        }
      }
      // the result arrives later as a wxa_media_check push, matched by trace id (files.mediaCheckResult);
      // without a trace id no result can come: the photo stays hidden for good
      await files.patch(fileId, traceId ? { status: 'checking', traceId } : { status: 'unchecked' })
      return 'pending'
    },
  }
}
