/** Places (street → community → grid → estate → building) and orgs, read through the store. */
import { invalidInput } from '../_platform/kit/errors'
import type { Store, StoredDoc } from '../_platform/store/port'
import { cachedRead } from './reference-cache'

export interface PlaceDoc extends StoredDoc {
  kind: 'street' | 'community' | 'grid' | 'estate' | 'building'
  name: string
  parentId: string
  communityId: string
  gridId: string
  estateId?: string
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
  /** e.g. '博泰佳苑 3号楼' */
  label: string
}

export async function buildingOf(store: Store, buildingId: string): Promise<BuildingPlace> {
  const found = await cachedRead(store, `building:${buildingId}`, async () => {
    const building = await placesOf(store).get(buildingId)
    if (building?.kind !== 'building' || !building.estateId) return null
    const estate = await placesOf(store).get(building.estateId)
    return estate ? { building, estate, label: `${estate.name} ${building.name}` } : null
  })
  if (!found) throw invalidInput('没有找到这栋楼')
  return found
}

export async function orgName(store: Store, orgId: string): Promise<string> {
  return (await orgsOf(store).get(orgId))?.name ?? orgId
}
