/**
 * The street a caller belongs to, the street of an org, and the tree of places a resident picks
 * a house from (community › estate › building).
 */
import type { PlacesTree } from '../../types/household'
import type { Caller } from '../../types/identity'
import { invalidInput } from '../_platform/kit/errors'
import type { FindOptions, Store, StoredDoc } from '../_platform/store/port'
import { usersOf } from './accounts'
import { orgsOf, type PlaceDoc, placesOf } from './places'
import { cachedRead } from './reference-cache'

async function findAll<T extends StoredDoc>(store: Store, name: string, options: FindOptions): Promise<T[]> {
  const out: T[] = []
  let cursor: string | null = null
  do {
    const page = await store.collection<T>(name).find({ ...options, limit: 1000, cursor })
    out.push(...page.items)
    cursor = page.nextCursor
  } while (cursor)
  return out
}

/** The street an org belongs to ('' when it is unknown). */
export async function streetOfOrg(store: Store, orgId: string): Promise<string> {
  const org = await orgsOf(store).get(orgId)
  if (!org) return ''
  if (org.kind === 'street') return org._id
  if (org.kind === 'grid') return (await orgsOf(store).get(org.parentId as string))?.parentId?.toString() ?? ''
  return typeof org.parentId === 'string' ? org.parentId : ''
}

/** Every street of the deployment (a handful). */
export async function streets(store: Store): Promise<PlaceDoc[]> {
  return (await placesOf(store).find({ where: { kind: 'street' }, limit: 100 })).items
}

/**
 * The caller's street: their home's, else their staff scope's, else the deployment's only street.
 * A deployment serving several streets asks a resident without a home to pick one.
 */
export async function streetOfCaller(store: Store, caller: Caller): Promise<string> {
  const user = await usersOf(store).get(caller.userId)
  if (user?.address?.streetId) return user.address.streetId
  for (const scope of caller.scopes) {
    const street = await streetOfOrg(store, scope.orgId)
    if (street) return street
  }
  const all = await streets(store)
  if (all.length === 1) return all[0]._id
  throw invalidInput(all.length === 0 ? '尚未设置街道' : '请先选择所在街道')
}

/** community › estate › building of one street, sorted by name as the street wrote them. */
export function placeTree(store: Store, streetId: string): Promise<PlacesTree> {
  return cachedRead(store, `place-tree:${streetId}`, async () => {
    const communities = (await findAll<PlaceDoc>(store, 'places', { where: { kind: 'community', parentId: streetId } }))
      .map((c) => ({ id: c._id, name: c.name }))
      .sort(byName)
    if (communities.length === 0) return { communities: [] }
    const communityIds = communities.map((c) => c.id)
    const [estates, buildings] = await Promise.all([
      findAll<PlaceDoc>(store, 'places', { where: { kind: 'estate', communityId: { in: communityIds } } }),
      findAll<PlaceDoc>(store, 'places', { where: { kind: 'building', communityId: { in: communityIds } } }),
    ])
    const buildingsOf = new Map<string, Array<{ id: string; name: string }>>()
    for (const b of buildings) {
      const list = buildingsOf.get(b.estateId ?? '') ?? []
      list.push({ id: b._id, name: b.name })
      buildingsOf.set(b.estateId ?? '', list)
    }
    return {
      communities: communities.map((c) => ({
        ...c,
        estates: estates
          .filter((e) => e.communityId === c.id)
          .map((e) => ({
            id: e._id,
            name: e.name,
            gridId: e.gridId,
            buildings: (buildingsOf.get(e._id) ?? []).sort(byName),
          }))
          .sort(byName),
      })),
    }
  })
}

const collator = new Intl.Collator('zh-CN', { numeric: true })
const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name)
