/**
 * Whether a photo may be shown. Default-deny: a photo is visible only when its check cleared it, or
 * when it was stored on a runtime whose check is synchronous (the upload itself was checked). A
 * photo on CloudBase that was merely stored, is being checked, could not be sent for a check, or is
 * unknown, is hidden.
 */
import type { Platform } from '../_platform/ports'

export type PhotoState = 'visible' | 'checking' | 'rejected'

export function photoStateOf(status: unknown, asyncImages: boolean): PhotoState {
  if (status === 'cleared') return 'visible'
  if (status === 'stored' && !asyncImages) return 'visible'
  if (status === 'rejected') return 'rejected'
  return 'checking' // hidden: being checked, never sent for a check, or unknown
}

export async function photoStates(platform: Platform, fileIds: string[]): Promise<PhotoState[]> {
  const files = platform.store.collection('files')
  const asyncImages = platform.contentCheck.asyncImages === true
  return Promise.all(fileIds.map(async (id) => photoStateOf((await files.get(id))?.status, asyncImages)))
}
