/**
 * Photos as the product keeps them: a daily upload quota per person, the mark a photo gets when an
 * order or its timeline takes it in, and the cleanup that deletes photos nothing took in within a
 * day (run by the `files.cleanup` timer trigger).
 */
import { rateLimited } from '../_platform/kit/errors'
import type { Platform } from '../_platform/ports'
import type { StoredDoc } from '../_platform/store/port'

const DAY_MS = 24 * 60 * 60 * 1000
export const UPLOAD_QUOTA = { files: 50, bytes: 200 * 1024 * 1024, windowMs: DAY_MS }
/** a photo nothing took in is deleted once it is this old */
export const UNATTACHED_TTL_MS = DAY_MS
const CLEANUP_MARK = 'files-cleanup'
const CLEANUP_BATCH = 200

const filesOf = (platform: Platform) => platform.store.collection('files')

/** RATE_LIMITED once a person uploaded UPLOAD_QUOTA.files photos, or UPLOAD_QUOTA.bytes, in a day. */
export async function checkUploadQuota(platform: Platform, userId: string): Promise<void> {
  const since = new Date(platform.clock.now().getTime() - UPLOAD_QUOTA.windowMs).toISOString()
  const page = await filesOf(platform).find({
    where: { ownerId: userId, createdAt: { gte: since } },
    limit: UPLOAD_QUOTA.files,
  })
  const bytes = page.items.reduce((sum, f) => sum + (typeof f.size === 'number' ? f.size : 0), 0)
  if (page.items.length >= UPLOAD_QUOTA.files || bytes >= UPLOAD_QUOTA.bytes) {
    throw rateLimited('今天上传的照片已达上限，请明天再试')
  }
}

/** An order or a timeline entry takes the photo in: it is kept from now on. */
export async function attachFile(platform: Platform, file: StoredDoc): Promise<void> {
  if (file.attachedAt) return
  await filesOf(platform).patch(file._id, { attachedAt: platform.clock.now().toISOString() })
}

/**
 * Deletes photos older than a day that nothing took in. Each photo is looked at once, when it turns
 * a day old: a mark in `settings` remembers how far the cleanup got. Photos from before the first
 * cleanup (and before photos were marked) are never touched.
 */
export async function removeUnattachedFiles(platform: Platform): Promise<{ removed: number }> {
  const remove = platform.files.remove?.bind(platform.files)
  if (!remove) return { removed: 0 }
  const now = platform.clock.now()
  const settings = platform.store.collection('settings')
  const mark = await settings.get(CLEANUP_MARK)
  if (!mark) {
    // '~' sorts after every file id: nothing created up to this instant is ever examined
    await settings.insert({ _id: CLEANUP_MARK, after: now.toISOString(), afterId: '~' }).catch(() => undefined)
    return { removed: 0 }
  }
  const after = String(mark.after)
  const afterId = String(mark.afterId ?? '')
  const cutoff = new Date(now.getTime() - UNATTACHED_TTL_MS).toISOString()
  const page = await filesOf(platform).find({
    where: { createdAt: { gte: after, lt: cutoff } },
    orderBy: [['createdAt', 'asc']],
    limit: CLEANUP_BATCH,
  })
  const due = page.items.filter((f) => String(f.createdAt) > after || f._id > afterId)
  let removed = 0
  for (const file of due) {
    if (file.attachedAt) continue
    if (await remove(file._id)) removed++
  }
  const last = due.at(-1)
  if (last) await settings.patch(CLEANUP_MARK, { after: String(last.createdAt), afterId: last._id })
  return { removed }
}
