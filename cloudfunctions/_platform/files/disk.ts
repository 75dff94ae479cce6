/**
 * Files on local disk (local default and self-hosted): bytes under `dir`, metadata in the `files`
 * collection. Photos are residents' data: the folder is owner-only (0700) and each file 0600.
 */
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { isFileId, newFileId } from '../../../types/file-id'
import { checkFileGrant, fileGrant } from '../../_core/privacy'
import type { FilesPort } from '../ports'
import type { Store } from '../store/port'

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
      const fileId = newFileId()
      await mkdir(dir, { recursive: true, mode: 0o700 })
      await chmod(dir, 0o700)
      await writeFile(where(fileId), bytes, { mode: 0o600 })
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
      if (!isFileId(fileId)) return null
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
    async remove(fileId) {
      if (!isFileId(fileId)) return false
      await rm(where(fileId), { force: true })
      return store.collection('files').remove(fileId)
    },
  }
}
