/**
 * Writes the demo street through the store port, so it works on every adapter.
 * `seedIfEmpty` runs on start; `resetAndSeed` backs `npm run seed -- --reset`.
 *
 * A seed can be interrupted (a crash, Ctrl+C on the first start) and simply run again: each document
 * is written only if it is missing, and the `settings/seed` mark, written last, says it is complete.
 */
import type { User } from '../../types/identity'
import { declaredCollections } from '../_platform/store/collections'
import { type Collection, isStoreConflict, type Store, type StoredDoc } from '../_platform/store/port'
import { categories } from './categories'
import { seedCertificates } from './certificates'
import { seededHouseholdFields, seededHouseholds } from './households'
import { marketSeed } from './markets'
import { routingRules } from './routing-rules'
import {
  buildingPlaces,
  COMMUNITIES,
  DEPARTMENTS,
  estatePlaces,
  GRIDS,
  otherResidents,
  otherStaff,
  PERSONA_USERS,
  PROPERTY_COMPANIES,
  STREET,
  STREET_SETTINGS,
} from './street'

export const SEED_VERSION = 1
const MARK = 'seed'

export interface SeedSummary {
  seeded: boolean
  counts: Record<string, number>
}

export async function seedIfEmpty(store: Store, now: Date): Promise<SeedSummary> {
  const mark = await store.collection('settings').get(MARK)
  if (mark) return { seeded: false, counts: {} }
  return { seeded: true, counts: await writeDemo(store, now) }
}

export async function resetAndSeed(store: Store, now: Date): Promise<SeedSummary> {
  // the mark goes first: a reset cut short leaves a store that the next start seeds again
  await store.collection('settings').remove(MARK)
  for (const name of declaredCollections().keys()) await removeAll(store, name)
  return { seeded: true, counts: await writeDemo(store, now) }
}

async function removeAll(store: Store, name: string): Promise<void> {
  const collection = store.collection(name)
  for (;;) {
    const page = await collection.find({ limit: 500 })
    if (page.items.length === 0) return
    await Promise.all(page.items.map((doc) => collection.remove(doc._id)))
  }
}

async function writeDemo(store: Store, now: Date): Promise<Record<string, number>> {
  const at = now.toISOString()
  const people = [...PERSONA_USERS, ...otherStaff(), ...otherResidents()]
  const groups: Record<string, Array<{ _id: string } & Record<string, unknown>>> = {
    places: [
      { ...STREET, communityId: '', gridId: '' },
      ...COMMUNITIES.map((c) => ({ ...c, gridId: '' })),
      ...GRIDS.map((g) => ({ ...g, gridId: g._id })),
      ...estatePlaces(),
      ...buildingPlaces(),
    ],
    orgs: [
      { ...STREET, communityId: '' },
      ...COMMUNITIES,
      ...GRIDS,
      ...PROPERTY_COMPANIES.map((p) => ({ ...p, communityId: '' })),
      ...DEPARTMENTS.map((d) => ({ ...d, communityId: '' })),
    ],
    users: people.map((u) => ({ persona: '', ...u, ...seededHouseholdFields(u), createdAt: at })),
    households: seededHouseholds(people, at),
    memberships: membershipsOf(people),
    categories: categories.map((c) => ({ _id: c.code, ...c })),
    routing_rules: routingRules.map((r) => ({ _id: r.id, ...r })),
    settings: [STREET_SETTINGS],
    ...marketSeed(people, now),
  }
  const counts: Record<string, number> = {}
  for (const [name, docs] of Object.entries(groups)) {
    if (!declaredCollections().has(name)) continue
    const collection = store.collection(name)
    for (const doc of docs) await insertIfMissing(collection, doc as Omit<StoredDoc, '_v'>)
    counts[name] = docs.length
  }
  await seedCertificates(store, STREET._id, at, counts)
  await insertIfMissing(store.collection('settings'), { _id: MARK, version: SEED_VERSION, seededAt: at })
  counts.settings = (counts.settings ?? 0) + 1 // the mark itself
  return counts
}

/** A document an interrupted earlier run already wrote is left as it is. */
/** One membership per scope of each person, on duty: how a street's package seeds its staff. */
export function membershipsOf(people: ReadonlyArray<Pick<User, '_id' | 'scopes'>>) {
  return people.flatMap((u) =>
    u.scopes.map((s) => ({
      _id: `${u._id}:${s.orgId}:${s.role}`,
      userId: u._id,
      orgId: s.orgId,
      role: s.role,
      onDuty: true,
    })),
  )
}

async function insertIfMissing(collection: Collection, doc: Omit<StoredDoc, '_v'>): Promise<void> {
  try {
    await collection.insert(doc)
  } catch (error) {
    if (!isStoreConflict(error)) throw error
  }
}
