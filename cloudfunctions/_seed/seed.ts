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
import { boardHistorySeed } from './board-history'
import { seedCertificates } from './certificates'
import { HAIBEI } from './haibei'
import { seedHistory } from './history'
import { seededHouseholdFields, seededHouseholds } from './households'
import { marketSeed } from './markets'
import { otherResidents, otherStaff, PERSONA_USERS } from './street'
import { packageDocs, writeStreetPackage } from './street-package'

export const SEED_VERSION = 1
export const SEED_MARK = 'seed'

export interface SeedSummary {
  seeded: boolean
  counts: Record<string, number>
}

export interface SeedOptions {
  /**
   * the demo people too (personas, staff, residents and their houses); default true. Without them
   * (`XIAOBEI_DEMO=0`) the street's places, orgs, categories, rules and settings only, so a
   * deployment can be tried with real sign-in.
   */
  people?: boolean
}

export async function seedIfEmpty(store: Store, now: Date, options: SeedOptions = {}): Promise<SeedSummary> {
  const mark = await store.collection('settings').get(SEED_MARK)
  if (mark) return { seeded: false, counts: {} }
  return { seeded: true, counts: await writeDemo(store, now, options.people ?? true) }
}

export async function resetAndSeed(store: Store, now: Date, options: SeedOptions = {}): Promise<SeedSummary> {
  // the mark goes first: a reset cut short leaves a store that the next start seeds again
  await store.collection('settings').remove(SEED_MARK)
  for (const name of declaredCollections().keys()) await removeAll(store, name)
  return { seeded: true, counts: await writeDemo(store, now, options.people ?? true) }
}

async function removeAll(store: Store, name: string): Promise<void> {
  const collection = store.collection(name)
  for (;;) {
    const page = await collection.find({ limit: 500 })
    if (page.items.length === 0) return
    await Promise.all(page.items.map((doc) => collection.remove(doc._id)))
  }
}

async function writeDemo(store: Store, now: Date, withPeople: boolean): Promise<Record<string, number>> {
  const at = now.toISOString()
  // the street itself: its package, written as `npm run setup` writes any street's
  await writeStreetPackage(store, HAIBEI)
  const counts: Record<string, number> = Object.fromEntries(
    Object.entries(packageDocs(HAIBEI)).map(([name, docs]) => [name, docs.length]),
  )
  // its people: demo data, never part of a street's package
  const people = withPeople ? [...PERSONA_USERS, ...otherStaff(), ...otherResidents()] : []
  const groups: Record<string, Array<{ _id: string } & Record<string, unknown>>> = {
    users: people.map((u) => ({ persona: '', ...u, ...seededHouseholdFields(u), createdAt: at })),
    households: seededHouseholds(people, at),
    memberships: membershipsOf(people),
    // the demo 民生集市 (this coming Saturday, and a past one with attendance)
    ...(withPeople ? marketSeed(people, now) : {}),
    // the last two quarters' 物业红黑榜, final, with the survey responses behind them
    ...(withPeople ? boardHistorySeed(now) : {}),
  }
  for (const [name, docs] of Object.entries(groups)) {
    if (!declaredCollections().has(name)) continue
    const collection = store.collection(name)
    for (const doc of docs) await insertIfMissing(collection, doc as Omit<StoredDoc, '_v'>)
    counts[name] = docs.length
  }
  // the street's certificate catalogue is configuration too, seeded with or without people
  await seedCertificates(store, HAIBEI.places.street.id, at, counts)
  // two past quarters of work orders for the supervision dashboard (after every org is in place)
  if (withPeople) Object.assign(counts, await seedHistory(store, HAIBEI.places.street.id, now))
  await insertIfMissing(store.collection('settings'), {
    _id: SEED_MARK,
    version: SEED_VERSION,
    seededAt: at,
    people: withPeople,
  })
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
