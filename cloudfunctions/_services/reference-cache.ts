/**
 * A short-lived, per-store cache for reference data that changes rarely (the catalogue, routing
 * rules, orgs, rosters). A warm CloudBase instance or the local host then routes a report without
 * re-reading the street each time; a change is seen within `ttlMs`.
 */
import type { Store } from '../_platform/store/port'

const DEFAULT_TTL_MS = 30_000
type Cache = WeakMap<Store, Map<string, { until: number; value: Promise<unknown> }>>
// one cache per process, not per bundle: the local host runs every function in one process (one
// instance), so a change one function makes (a duty toggle) is seen by the next routing at once
const shared = globalThis as { [key: symbol]: Cache | undefined }
const KEY = Symbol.for('xiaobei.referenceCache')
shared[KEY] ??= new WeakMap()
const caches: Cache = shared[KEY]

export function cachedRead<T>(store: Store, key: string, load: () => Promise<T>, ttlMs = DEFAULT_TTL_MS): Promise<T> {
  let cache = caches.get(store)
  if (!cache) {
    cache = new Map()
    caches.set(store, cache)
  }
  const hit = cache.get(key)
  const now = Date.now()
  if (hit && hit.until > now) return hit.value as Promise<T>
  const value = load()
  cache.set(key, { until: now + ttlMs, value })
  value.catch(() => cache.delete(key))
  return value
}

/** Forget everything cached for a store (after the street edits its rules or rosters). */
export function clearReferenceCache(store: Store): void {
  caches.delete(store)
}
