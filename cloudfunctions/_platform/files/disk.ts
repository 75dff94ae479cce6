/** Files on local disk (local default and self-hosted): bytes under `dir`, metadata in the `files` collection. */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { customAlphabet } from 'nanoid'
import { checkFileGrant, fileGrant } from '../../_core/privacy'
import type { FilesPort } from '../ports'
import type { Store } from '../store/port'

const fileIdTail = customAlphabet('0123456789abcdefghijklmnopqrstuvwxyz', 16)
const FILE_ID = /^f_[0-9a-z]{16}$/

export function createDiskFiles(options: {
  dir: string
  store: Store
  now: () => Date
  /** signs the short-lived grants in photo URLs */
  grantKey: Uint8Array | string
}): FilesPort {
  const { dir, store, now, grantKey } = options
  const where = (fileId: string) => path.join(dir, fileId)
  return {
    async put(bytes, meta) {
      const fileId = `f_${fileIdTail()}`
      await mkdir(dir, { recursive: true })
      await writeFile(where(fileId), bytes)
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
      if (!FILE_ID.test(fileId)) return null
      const meta = await store.collection('files').get(fileId)
      if (!meta) return null
      const bytes = await readFile(where(fileId))
      return { bytes: new Uint8Array(bytes), mime: String(meta.mime) }
    },
    async url(fileId) {
      return `/api/_files/${encodeURIComponent(fileId)}?t=${fileGrant(grantKey, fileId, now().getTime())}`
    },
    grants(fileId, grant) {
      return checkFileGrant(grantKey, fileId, grant, now().getTime())
    },
  }
}
