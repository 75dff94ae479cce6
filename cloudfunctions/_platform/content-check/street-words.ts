/**
 * A street's own blocked words (admin.saveSettings `blockedWords`, stored on `workflow:<street>`,
 * the deployment's shared list on `workflow`), checked on every runtime after the platform's own
 * check (WeChat's msgSecCheck on CloudBase, the keyword list locally). The caller's street comes from
 * their home or their staff scope's org; lists are re-read at most every 30 s per instance, as the
 * reference cache is.
 */
import type { Caller } from '../../../types/identity'
import type { Store } from '../store/port'

const TTL_MS = 30_000
type Cache = WeakMap<Store, Map<string, { at: number; value: Promise<unknown> }>>
// one per process, not per bundle (as the reference cache): the local host runs every function in
// one process, so the admin's edit is seen by the next report at once
const shared = globalThis as { [key: symbol]: Cache | undefined }
const KEY = Symbol.for('xiaobei.streetWords')
shared[KEY] ??= new WeakMap()
const cache: Cache = shared[KEY]

function cached<T>(store: Store, key: string, load: () => Promise<T>): Promise<T> {
  const entries = cache.get(store) ?? new Map<string, { at: number; value: Promise<unknown> }>()
  cache.set(store, entries)
  const hit = entries.get(key)
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value as Promise<T>
  const value = load().catch((error) => {
    entries.delete(key)
    throw error
  })
  entries.set(key, { at: Date.now(), value })
  return value
}

/** Forgets the lists (the admin's instance, right after an edit; tests). */
export function clearStreetWords(store: Store): void {
  cache.delete(store)
}

async function streetOf(store: Store, caller: Caller): Promise<string | null> {
  if (caller.address?.streetId) return caller.address.streetId
  for (const scope of caller.scopes) {
    const street = await cached(store, `street-of:${scope.orgId}`, async () => {
      const orgs = store.collection('orgs')
      let org = await orgs.get(scope.orgId)
      for (let depth = 0; org && org.kind !== 'street' && depth < 3; depth++) {
        org = typeof org.parentId === 'string' && org.parentId ? await orgs.get(org.parentId) : null
      }
      return org?.kind === 'street' ? org._id : null
    })
    if (street) return street
  }
  return null
}

const wordsOf = (store: Store, id: string) =>
  cached(store, `words:${id}`, async () => {
    const words = (await store.collection('settings').get(id))?.blockedWords
    return Array.isArray(words) ? words.filter((w): w is string => typeof w === 'string' && w !== '') : []
  })

/** The first of the caller's street's blocked words the text contains, or null. */
export async function streetWordHit(store: Store, caller: Caller | null, text: string): Promise<string | null> {
  const street = caller ? await streetOf(store, caller) : null
  const lists = await Promise.all([wordsOf(store, 'workflow'), street ? wordsOf(store, `workflow:${street}`) : []])
  const plain = text.normalize('NFKC').replace(/\s+/g, '')
  return lists.flat().find((w) => plain.includes(w.normalize('NFKC').replace(/\s+/g, ''))) ?? null
}
