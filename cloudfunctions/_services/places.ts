/** Places (street → community → grid → estate → building) and orgs, read through the store. */
import { invalidInput } from '../_platform/kit/errors'
import type { Store, StoredDoc } from '../_platform/store/port'
import { cachedRead } from './reference-cache'
import { cachedSet, findAll } from './reference-sets'

export interface PlaceDoc extends StoredDoc {
  kind: 'street' | 'community' | 'grid' | 'estate' | 'building'
  name: string
  parentId: string
  communityId: string
  gridId: string
  estateId?: string
  /** on estates (and below): the street they belong to */
  streetId?: string
  propertyCompanyId?: string | null
}

export interface OrgDoc extends StoredDoc {
  kind: 'street' | 'community' | 'grid' | 'property' | 'department'
  name: string
  phone?: string
}

export const placesOf = (store: Store) => store.collection<PlaceDoc>('places')
export const orgsOf = (store: Store) => store.collection<OrgDoc>('orgs')

export interface BuildingPlace {
  building: PlaceDoc
  estate: PlaceDoc
  /** the street the building belongs to */
  streetId: string
  /** e.g. '博泰佳苑 3号楼' */
  label: string
}

/**
 * A building with its estate and street, from the reference cache when warm. A miss is not cached
 * (the id is the client's choice): the loader throws, and the cache keeps no rejected read.
 */
export function buildingOf(store: Store, buildingId: string): Promise<BuildingPlace> {
  return cachedRead(store, `building:${buildingId}`, async () => {
    const building = await placesOf(store).get(buildingId)
    if (building?.kind !== 'building' || !building.estateId) throw invalidInput('没有找到这栋楼')
    const { estate, streetId } = await estateOf(store, building.estateId)
    return { building, estate, streetId, label: `${estate.name} ${building.name}` }
  })
}

/** Every estate of the deployment, from the reference cache (see reference-sets.ts). */
export const allEstates = (store: Store) =>
  cachedSet(store, 'estates', () => findAll(placesOf(store), { kind: 'estate' }))

/** Every org of the deployment, from the reference cache. */
export const allOrgs = (store: Store) => cachedSet(store, 'orgs', () => findAll(orgsOf(store), {}))

/** An org from the whole set, or read alone when it is newer than the set. */
export async function orgById(store: Store, id: string): Promise<OrgDoc | null> {
  return (await allOrgs(store)).get(id) ?? cachedRead(store, `org:${id}`, () => orgsOf(store).get(id))
}

/** An estate and its street (read from the place, or its community's parent for older records). */
export function estateOf(store: Store, estateId: string): Promise<{ estate: PlaceDoc; streetId: string }> {
  return cachedRead(store, `estate:${estateId}`, async () => {
    const estate = (await allEstates(store)).get(estateId) ?? (await placesOf(store).get(estateId))
    if (!estate) throw invalidInput('没有找到这栋楼')
    const streetId = estate.streetId || (await streetOfCommunity(store, estate.communityId))
    if (!streetId) throw invalidInput('这栋楼不属于任何街道')
    return { estate, streetId }
  })
}

/** The street of a community (its parent place), for orders written before they carried one. */
export function streetOfCommunity(store: Store, communityId: string): Promise<string | null> {
  return cachedRead(
    store,
    `street-of:${communityId}`,
    async () => (await placesOf(store).get(communityId))?.parentId ?? null,
  )
}

export async function orgName(store: Store, orgId: string): Promise<string> {
  return (await orgsOf(store).get(orgId))?.name ?? orgId
}

/**
 * Orders filed before orders carried their street get it from their community, a batch per call
 * (the sweep calls this each run; once none is left it costs one empty query).
 */
export async function backfillOrderStreets(store: Store, batch = 200): Promise<number> {
  const orders = store.collection('workorders')
  const page = await orders.find({ where: { streetId: null }, limit: batch })
  let done = 0
  for (const order of page.items) {
    const streetId = await streetOfCommunity(store, String(order.communityId ?? ''))
    if (!streetId) continue
    await orders.patch(order._id, { streetId }).catch(() => undefined)
    done++
  }
  return done
}
