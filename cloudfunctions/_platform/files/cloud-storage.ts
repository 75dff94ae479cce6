/**
 * Files in CloudBase cloud storage through @cloudbase/node-sdk; metadata in the `files` collection.
 * Every photo has a `f_…` id (the contract's FileId) whose document points at its `cloud://` file.
 * Photos the mini-program uploads itself (wx.cloud.uploadFile) are adopted: checked by size and
 * magic bytes, then given an id and an owner, like an upload through the host. A caller adopts only
 * files under their own upload prefix, `uploads/<openid>/…`: the functions read storage with admin
 * rights, so without it anyone could claim another person's photo by its path. An adopted photo is
 * copied to `photos/<owner>/…` and the upload deleted, so no link handed out (to staff, to a
 * neighbour) carries the uploader's WeChat openid, and an erased account leaves none in storage.
 */

import { fileIdTail, isFileId, newFileId } from '../../../types/file-id'
import type { FilesPort, StoredFile } from '../ports'
import type { Store } from '../store/port'
import { MAX_PHOTO_BYTES, sniffImage, sniffSpreadsheet } from './sniff'

export interface CloudStorageApp {
  uploadFile(options: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID?: string }>
  downloadFile(options: { fileID: string }): Promise<{ fileContent?: Buffer }>
  getTempFileURL(options: { fileList: string[] }): Promise<{ fileList: Array<{ fileID: string; tempFileURL: string }> }>
  deleteFile(options: { fileList: string[] }): Promise<{ fileList?: Array<{ fileID: string; code?: string }> }>
}

/** The mini-program's upload path for a person: `uploads/<openid>/` (src/api/call.ts). */
export const uploadPrefixOf = (openid: string) => `uploads/${openid}/`

/** `cloud://<env>.<bucket>/uploads/<openid>/<name>`, nothing else: no other prefix, no `..` or empty segment. */
export function isOwnUpload(cloudFileId: string, openid: string | undefined): boolean {
  if (!openid || openid.includes('/')) return false
  const match = /^cloud:\/\/[^/\s]+\/(\S+)$/.exec(cloudFileId)
  if (!match) return false
  const segments = match[1].split('/')
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return false
  return segments.length >= 3 && `${segments[0]}/${segments[1]}/` === uploadPrefixOf(openid)
}

export class PhotoRejectedError extends Error {
  override readonly name = 'PhotoRejectedError'
}

export function createCloudStorageFiles(options: { app: CloudStorageApp; store: Store; now: () => Date }): FilesPort & {
  adopt(cloudFileId: string, meta: { ownerId: string; openid?: string; spreadsheet?: boolean }): Promise<StoredFile>
  remove(fileId: string): Promise<boolean>
} {
  const { app, store, now } = options
  const files = store.collection('files')

  async function record(
    cloudFileId: string,
    bytes: Uint8Array,
    mime: string,
    ownerId: string,
    uploadedAs?: string,
  ): Promise<StoredFile> {
    const fileId = newFileId()
    await files.insert({
      _id: fileId,
      cloudFileId,
      mime,
      size: bytes.byteLength,
      ownerId,
      status: 'stored',
      createdAt: now().toISOString(),
      ...(uploadedAs ? { uploadedAs } : {}),
    })
    return { fileId, mime, size: bytes.byteLength }
  }

  /** The bytes under the owner's photo path (their user id, never their openid). */
  async function upload(bytes: Uint8Array, ownerId: string): Promise<string> {
    const uploaded = await app.uploadFile({
      cloudPath: `photos/${ownerId}/${fileIdTail()}`,
      fileContent: Buffer.from(bytes),
    })
    if (!uploaded.fileID) throw new Error('cloud storage returned no fileID')
    return uploaded.fileID
  }

  async function cloudIdOf(fileId: string): Promise<{ cloudFileId: string; mime: string } | null> {
    if (!isFileId(fileId)) return null
    const meta = await files.get(fileId)
    return meta && typeof meta.cloudFileId === 'string'
      ? { cloudFileId: meta.cloudFileId, mime: String(meta.mime) }
      : null
  }

  return {
    async put(bytes, meta) {
      return record(await upload(bytes, meta.ownerId), bytes, meta.mime, meta.ownerId)
    },
    async adopt(cloudFileId, meta) {
      if (!/^cloud:\/\/\S+$/.test(cloudFileId)) throw new PhotoRejectedError('照片地址无效')
      if (!isOwnUpload(cloudFileId, meta.openid)) throw new PhotoRejectedError('只能登记自己上传的照片')
      const already = await files.find({
        where: { ownerId: meta.ownerId },
        orderBy: [['createdAt', 'desc']],
        limit: 50,
      })
      // a retry (the upload may be gone already: it was moved)
      const same = already.items.find((f) => f.uploadedAs === cloudFileId || f.cloudFileId === cloudFileId)
      if (same) return { fileId: same._id, mime: String(same.mime), size: Number(same.size) }
      const { fileContent } = await app.downloadFile({ fileID: cloudFileId })
      if (!fileContent) throw new PhotoRejectedError('没有找到上传的照片')
      const bytes = new Uint8Array(fileContent)
      if (bytes.byteLength > MAX_PHOTO_BYTES) throw new PhotoRejectedError('照片不能超过10MB')
      const kind = sniffImage(bytes) ?? (meta.spreadsheet ? sniffSpreadsheet(bytes) : null)
      if (!kind) {
        throw new PhotoRejectedError(
          meta.spreadsheet
            ? '只支持 JPG、PNG、GIF、WebP 格式的照片或 .xlsx 表格'
            : '只支持 JPG、PNG、GIF、WebP 格式的照片',
        )
      }
      const stored = await record(await upload(bytes, meta.ownerId), bytes, kind.mime, meta.ownerId, cloudFileId)
      // the copy is recorded: the upload under the openid path goes (a failed delete leaves it unlinked)
      await app.deleteFile({ fileList: [cloudFileId] }).catch((error) => {
        console.warn('[files] could not delete an adopted upload', error instanceof Error ? error.message : error)
      })
      return stored
    },
    async get(fileId) {
      const found = await cloudIdOf(fileId)
      if (!found) return null
      const { fileContent } = await app.downloadFile({ fileID: found.cloudFileId })
      return fileContent ? { bytes: new Uint8Array(fileContent), mime: found.mime } : null
    },
    async url(fileId) {
      const found = await cloudIdOf(fileId)
      if (!found) return ''
      const { fileList } = await app.getTempFileURL({ fileList: [found.cloudFileId] })
      return fileList[0]?.tempFileURL ?? ''
    },
    /** the cloud object first, then the record: a failed delete keeps the record, so no record points at nothing */
    async remove(fileId) {
      const found = await cloudIdOf(fileId)
      if (!found) return false
      const { fileList } = await app.deleteFile({ fileList: [found.cloudFileId] })
      const result = fileList?.find((f) => f.fileID === found.cloudFileId)
      // an object already gone counts as deleted; any other failure keeps the record
      if (result?.code && result.code !== 'SUCCESS' && !/NOT_?EXIST|NOTFOUND|NOT_FOUND/i.test(result.code)) return false
      return files.remove(fileId)
    },
  }
}
