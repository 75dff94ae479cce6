/**
 * POST /api/_upload: a photo as the raw body (with its Content-Type) or as multipart field `file`.
 * At most 10 MB, type checked by magic bytes, stored through the files port; the caller must be
 * logged in. Reply: { ok: true, data: { fileId, url } }.
 */
import type { Context } from 'hono'
import { type Envelope, httpStatusOf } from '../../types/envelope'
import { MAX_PHOTO_BYTES, sniffImage } from '../_platform/files/sniff'
import { AppError } from '../_platform/kit/errors'
import type { Platform } from '../_platform/ports'

export async function handleUpload(
  c: Context,
  platform: Platform,
): Promise<{ status: number; body: Envelope<unknown> }> {
  try {
    const caller = await platform.identity.identify({}, { authorization: c.req.header('authorization') })
    if (!caller || caller.kind === 'system') throw new AppError('UNAUTHENTICATED')
    const declared = Number(c.req.header('content-length') ?? '0')
    if (declared > MAX_PHOTO_BYTES + 64 * 1024) throw tooLarge()
    const bytes = await readPhoto(c)
    if (bytes.byteLength === 0) throw new AppError('INVALID_INPUT', '没有收到图片')
    if (bytes.byteLength > MAX_PHOTO_BYTES) throw tooLarge()
    const kind = sniffImage(bytes)
    if (!kind) throw new AppError('INVALID_INPUT', '只能上传 JPG、PNG、GIF 或 WebP 图片')
    const stored = await platform.files.put(bytes, { mime: kind.mime, ownerId: caller.userId })
    return {
      status: 200,
      body: { ok: true, data: { fileId: stored.fileId, url: await platform.files.url(stored.fileId) } },
    }
  } catch (error) {
    if (error instanceof AppError)
      return { status: httpStatusOf[error.code], body: { ok: false, error: error.toBody() } }
    console.error('[upload] failed', error)
    return { status: 500, body: { ok: false, error: new AppError('INTERNAL').toBody() } }
  }
}

const tooLarge = () => new AppError('INVALID_INPUT', '图片不能超过 10MB')

async function readPhoto(c: Context): Promise<Uint8Array> {
  const type = c.req.header('content-type') ?? ''
  if (type.startsWith('multipart/form-data')) {
    let form: Record<string, unknown>
    try {
      form = await c.req.parseBody()
    } catch {
      throw new AppError('INVALID_INPUT', '上传格式有误')
    }
    const file = form.file
    if (!(file instanceof File)) throw new AppError('INVALID_INPUT', '请在 file 字段中上传图片')
    return new Uint8Array(await file.arrayBuffer())
  }
  return new Uint8Array(await c.req.arrayBuffer())
}
