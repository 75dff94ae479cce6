/**
 * Whole reference sets, read once per cache lifetime and then answered from memory: every estate,
 * every org and every roster of the deployment. Routing one report needs an estate, three orgs and
 * their rosters; read one by one, a report from a building nobody on this instance has reported from
 * pays five sequential round trips. From whole sets it pays one (the building itself).
 *
 * The sets are bounded by the deployment's size (a street: tens of estates; the city-scale benchmark:
 * 6,000 estates, 3,600 orgs), paged 1,000 at a time. Something created after a set was read is not in
 * it: callers fall back to a single read for an id the set lacks, so a new estate or org works at once.
 */
import type { Collection, Store, StoredDoc, Where } from '../_platform/store/port'
import { cachedRead } from './reference-cache'

const PAGE = 1000

/** Every document matching `where`, page by page (the store's page limit is 1,000). */
export async function findAll<T extends StoredDoc>(collection: Collection<T>, where: Where): Promise<T[]> {
  const out: T[] = []
  let cursor: string | null = null
  do {
    const page = await collection.find({ where, limit: PAGE, cursor })
    out.push(...page.items)
    cursor = page.nextCursor
  } while (cursor)
  return out
}

/** A whole set keyed by `_id`, from the reference cache. */
export function cachedSet<T extends StoredDoc>(
  store: Store,
  key: string,
  load: () => Promise<T[]>,
): Promise<Map<string, T>> {
  return cachedRead(store, `set:${key}`, async () => new Map((await load()).map((d) => [d._id, d])))
}
