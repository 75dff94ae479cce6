/** Files in CloudBase cloud storage through @cloudbase/node-sdk; metadata in the `files` collection. */
import { customAlphabet } from 'nanoid'
import type { FilesPort } from '../ports'
import type { Store } from '../store/port'

const fileIdTail = customAlphabet('0123456789abcdefghijklmnopqrstuvwxyz', 16)

export interface CloudStorageApp {
  uploadFile(options: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID?: string }>
  downloadFile(options: { fileID: string }): Promise<{ fileContent?: Buffer }>
  getTempFileURL(options: { fileList: string[] }): Promise<{ fileList: Array<{ fileID: string; tempFileURL: string }> }>
}

export function createCloudStorageFiles(options: { app: CloudStorageApp; store: Store; now: () => Date }): FilesPort {
  const { app, store, now } = options
  return {
    async put(bytes, meta) {
      const name = `f_${fileIdTail()}`
      const uploaded = await app.uploadFile({ cloudPath: `photos/${name}`, fileContent: Buffer.from(bytes) })
      const fileId = uploaded.fileID ?? name
      await store.collection('files').insert({
        _id: fileId,
        mime: meta.mime,
        size: bytes.byteLength,
        ownerId: meta.ownerId,
        status: 'stored',
        createdAt: now().toISOString(),
      })
      return { fileId, mime: meta.mime, size: bytes.byteLength }
    },
    async get(fileId) {
      const meta = await store.collection('files').get(fileId)
      if (!meta) return null
      const { fileContent } = await app.downloadFile({ fileID: fileId })
      return fileContent ? { bytes: new Uint8Array(fileContent), mime: String(meta.mime) } : null
    },
    async url(fileId) {
      const { fileList } = await app.getTempFileURL({ fileList: [fileId] })
      return fileList[0]?.tempFileURL ?? ''
    },
  }
}
