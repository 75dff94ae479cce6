/**
 * POST /api/_upload: a photo as the raw body (with its Content-Type) or as multipart field `file`;
 * for a community admin also an .xlsx roster (household.importRoster reads it; like a photo, only
 * its uploader may fetch or import it).
 * The caller must be logged in and within the daily upload quota, both decided before a byte of the
 * body is read; the body is at most 10 MB, counted while it streams (server.ts); the type is checked
 * by magic bytes; the photo is stored through the files port. Reply: { ok: true, data: { fileId, url } }.
 */
import type { Context, MiddlewareHandler } from 'hono'
import { type Envelope, httpStatusOf } from '../../types/envelope'
import type { Caller } from '../../types/identity'
import { MAX_PHOTO_BYTES, sniffImage, sniffSpreadsheet, XLSX_MIME } from '../_platform/files/sniff'
import { AppError, logInternal } from '../_platform/kit/errors'
import { mayUploadSpreadsheet } from '../_platform/kit/roles'
import type { Platform } from '../_platform/ports'
import { checkUploadQuota } from '../_services/files'

/** the photo plus room for a multipart envelope */
export const UPLOAD_LIMIT = MAX_PHOTO_BYTES + 64 * 1024

type Reply = { status: number; body: Envelope<unknown> }

/** Who uploads: a logged-in person within their quota; anyone else is answered before the body is read. */
export function requireUploader(platform: Platform): MiddlewareHandler {
  return async (c, next) => {
    try {
      const caller = await platform.identity.identify({}, { authorization: c.req.header('authorization') })
      if (!caller || caller.kind === 'system') throw new AppError('UNAUTHENTICATED')
      await checkUploadQuota(platform, caller.userId)
      c.set('uploader' as never, caller as never)
    } catch (error) {
      const { status, body } = replyOf(error)
      return c.json(body, status as 400)
    }
    await next()
  }
}

export async function handleUpload(c: Context, platform: Platform): Promise<Reply> {
  try {
    const caller = c.get('uploader' as never) as Caller | undefined
    if (!caller) throw new AppError('UNAUTHENTICATED')
    const bytes = await readPhoto(c)
    if (bytes.byteLength === 0) throw new AppError('INVALID_INPUT', '没有收到图片')
    if (bytes.byteLength > MAX_PHOTO_BYTES) throw tooLarge()
    const roster = mayUploadSpreadsheet(caller)
    const kind = sniffImage(bytes) ?? (roster ? sniffSpreadsheet(bytes) : null)
    if (!kind) {
      throw new AppError(
        'INVALID_INPUT',
        roster ? '只能上传 JPG、PNG、GIF、WebP 图片或 .xlsx 表格' : '只能上传 JPG、PNG、GIF 或 WebP 图片',
      )
    }
    const stored = await platform.files.put(bytes, { mime: kind.mime, ownerId: caller.userId })
    return {
      status: 200,
      body: { ok: true, data: { fileId: stored.fileId, url: await platform.files.url(stored.fileId) } },
    }
  } catch (error) {
    return replyOf(error)
  }
}

/**
 * Headers for serving a stored photo: the type sniffed from its bytes (never a stored or claimed
 * one), `nosniff` so a browser never reads an image/HTML polyglot as a page, and a sandbox CSP in
 * case one is opened directly.
 */
export function photoHeaders(bytes: Uint8Array): Record<string, string> {
  // a certificate's PDF (only the certificate service stores one) is downloaded, never shown inline
  if (isPdf(bytes)) {
    return {
      'Content-Type': 'application/pdf',
      'Content-Disposition': 'attachment; filename="certificate.pdf"',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, max-age=3600',
    }
  }
  // an export (.xlsx) is downloaded too; only exports are stored as spreadsheets for download
  if (sniffSpreadsheet(bytes)) {
    return {
      'Content-Type': XLSX_MIME,
      'Content-Disposition': 'attachment; filename="export.xlsx"',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, max-age=600',
    }
  }
  return {
    'Content-Type': sniffImage(bytes)?.mime ?? 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Cache-Control': 'private, max-age=3600',
  }
}

const isPdf = (b: Uint8Array) => b.length > 5 && String.fromCharCode(...b.subarray(0, 5)) === '%PDF-'

function replyOf(error: unknown): Reply {
  if (error instanceof AppError) return { status: httpStatusOf[error.code], body: { ok: false, error: error.toBody() } }
  logInternal(error, { fn: '_upload' })
  return { status: 500, body: { ok: false, error: new AppError('INTERNAL').toBody() } }
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
