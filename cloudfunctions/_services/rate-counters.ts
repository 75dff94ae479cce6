/**
 * The hourly submit counters ('rate-<user>-<YYYYMMDDHH>', see _core/numbering) are read only in their
 * own hour. The sweep deletes those whose hour ended two hours ago, one page per run, resuming where
 * the last run stopped (a mark in `settings`), so the collection holds about two hours of them.
 */
import { isStaleRateKey, RATE_KEY_RANGE } from '../_core/numbering'
import type { Store } from '../_platform/store/port'

const MARK = 'rate-counters-cleanup'
const PAGE = 500

export async function removeStaleRateCounters(store: Store, now: Date): Promise<number> {
  const settings = store.collection('settings')
  const mark = await settings.get(MARK)
  const cursor = typeof mark?.cursor === 'string' && mark.cursor ? mark.cursor : null
  const counters = store.collection('counters')
  const page = await counters.find({ where: { _id: RATE_KEY_RANGE }, limit: PAGE, cursor }).catch((error) => {
    // a cursor from an older page shape: start over from the first counter
    if (cursor) return counters.find({ where: { _id: RATE_KEY_RANGE }, limit: PAGE })
    throw error
  })
  let removed = 0
  for (const c of page.items) {
    if (isStaleRateKey(c._id, now) && (await counters.remove(c._id))) removed++
  }
  const next = { cursor: page.nextCursor ?? '' }
  if (mark) await settings.patch(MARK, next)
  else await settings.insert({ _id: MARK, ...next }).catch(() => undefined)
  return removed
}
