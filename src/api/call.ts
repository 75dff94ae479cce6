/**
 * `call(fn, action, data)`: one envelope, two transports (TARO_APP_TRANSPORT).
 *  - http:  POST `${API_BASE}/api/${fn}` with `{ action, data, requestId }` and `Authorization: Bearer <token>`
 *  - cloud: Taro.cloud.callFunction({ name: fn, data: { action, data, requestId } }); the function
 *           identifies the caller from the WeChat context, so no token is sent.
 * A failure always throws ApiError with a Chinese message.
 */
import Taro from '@tarojs/taro'
import { nanoid } from 'nanoid/non-secure'
import { API_BASE, IS_WEAPP, TRANSPORT } from '../lib/env'
import { ApiError, networkError, unwrap } from './errors'
import { getToken, getUser, saveSession } from './storage'

const TIMEOUT_MS = 20000

export async function call<T>(fn: string, action: string, data?: unknown): Promise<T> {
  const event = { action, data: data ?? {}, requestId: nanoid() }
  try {
    return TRANSPORT === 'cloud' ? await viaCloud<T>(fn, event) : await viaHttp<T>(fn, event)
  } catch (error) {
    if (error instanceof ApiError) {
      // a stale token (a reset database, a new signing key): forget it so the app can log in again
      if (error.code === 'UNAUTHENTICATED' && getToken()) saveSession(null, null)
      throw error
    }
    throw networkError()
  }
}

async function viaHttp<T>(fn: string, event: object): Promise<T> {
  const token = getToken()
  const res = await Taro.request({
    url: `${API_BASE}/api/${fn}`,
    method: 'POST',
    data: event,
    header: { 'content-type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    timeout: TIMEOUT_MS,
    dataType: 'json',
  })
  let body: unknown = res.data
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body)
    } catch {
      throw networkError()
    }
  }
  if (!body || typeof body !== 'object') throw networkError()
  return unwrap<T>(body)
}

async function viaCloud<T>(fn: string, event: object): Promise<T> {
  if (!Taro.cloud) throw new ApiError('INTERNAL', '当前环境不支持云开发，请在微信中打开')
  const res = await Taro.cloud.callFunction({ name: fn, data: event as Record<string, unknown> })
  return unwrap<T>(res.result)
}

/** Shrinks a photo before upload. Mini-program: Taro.compressImage. H5: sent as is (the host accepts up to 10 MB). */
async function compress(path: string): Promise<string> {
  if (!IS_WEAPP) return path
  try {
    const res = await Taro.compressImage({ src: path, quality: 70 })
    return res.tempFilePath || path
  } catch {
    return path
  }
}

/**
 * Uploads one photo and resolves to the file id the functions expect in `photos`.
 * http: multipart field `file` to `/api/_upload` → data.fileId. cloud: Taro.cloud.uploadFile → fileID.
 */
export async function uploadPhoto(path: string, onProgress?: (percent: number) => void): Promise<string> {
  const filePath = await compress(path)
  try {
    if (TRANSPORT === 'cloud') {
      if (!Taro.cloud) throw new ApiError('INTERNAL', '当前环境不支持云开发，请在微信中打开')
      const ext = /\.(png|gif|webp|jpe?g)$/i.exec(filePath)?.[1] ?? 'jpg'
      const owner = getUser()?.openid ?? (await call<{ user: { openid?: string } }>('auth', 'me')).user.openid
      const res = await Taro.cloud.uploadFile({
        cloudPath: `uploads/${owner}/${Date.now()}-${nanoid(10)}.${ext}`,
        filePath,
      })
      // the back end checks the photo and gives it the FileId reports and resolutions take
      const adopted = await call<{ fileId: string }>('files', 'adopt', { cloudFileId: res.fileID })
      onProgress?.(100)
      return adopted.fileId
    }
    const token = getToken()
    const data = await new Promise<unknown>((resolve, reject) => {
      const task = Taro.uploadFile({
        url: `${API_BASE}/api/_upload`,
        filePath,
        name: 'file',
        header: token ? { Authorization: `Bearer ${token}` } : {},
        timeout: 60000,
        success: (res) => resolve(res.data),
        fail: reject,
      })
      task?.onProgressUpdate?.((p) => onProgress?.(p.progress))
    })
    let body: unknown = data
    if (typeof body === 'string') {
      try {
        body = JSON.parse(body)
      } catch {
        throw networkError()
      }
    }
    const out = unwrap<{ fileId: string }>(body)
    onProgress?.(100)
    return out.fileId
  } catch (error) {
    if (error instanceof ApiError) throw error
    throw new ApiError('NETWORK', '照片上传失败，请检查网络后重试')
  }
}
