/**
 * A short-lived, per-store cache for reference data that changes rarely (the catalogue, routing
 * rules, orgs, rosters). A warm CloudBase instance or the local host then routes a report without
 * re-reading the street each time; a change is seen within `ttlMs`.
 *
 * Bounded: at most MAX_ENTRIES per store, least recently used first out. A miss (a load that finds
 * nothing) is never kept, so a client sending made-up ids cannot fill the cache.
 */

import LRUCache from 'lru-cache'
import { clearStreetWords } from '../_platform/content-check/street-words'
import type { Store } from '../_platform/store/port'

const DEFAULT_TTL_MS = 30_000
export const MAX_ENTRIES = 2000
type Cache = WeakMap<Store, LRUCache<string, Promise<unknown>>>
// one cache per process, not per bundle: the local host runs every function in one process (one
// instance), so a change one function makes (a duty toggle) is seen by the next routing at once
const shared = globalThis as { [key: symbol]: Cache | undefined }
const KEY = Symbol.for('xiaobei.referenceCache')
shared[KEY] ??= new WeakMap()
const caches: Cache = shared[KEY]

export function cachedRead<T>(store: Store, key: string, load: () => Promise<T>, ttlMs = DEFAULT_TTL_MS): Promise<T> {
  let cache = caches.get(store)
  if (!cache) {
    cache = new LRUCache({ max: MAX_ENTRIES, maxAge: DEFAULT_TTL_MS })
    caches.set(store, cache)
  }
  const hit = cache.get(key)
  if (hit) return hit as Promise<T>
  const value = load()
  cache.set(key, value, ttlMs)
  const forget = () => {
    if (cache.peek(key) === value) cache.del(key)
  }
  value.then((found) => (found === null || found === undefined ? forget() : undefined), forget)
  return value
}

/** How many entries are cached for a store (for tests). */
export function referenceCacheSize(store: Store): number {
  return caches.get(store)?.length ?? 0
}

/** Forget everything cached for a store (after the street edits its rules or rosters). */
export function clearReferenceCache(store: Store): void {
  caches.delete(store)
  clearStreetWords(store)
}
