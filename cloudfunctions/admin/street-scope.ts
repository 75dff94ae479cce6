/** What belongs to the admin's street: orgs (a grid through its community), estates, categories' departments. */
import { invalidInput } from '../_platform/kit/errors'
import type { Store } from '../_platform/store/port'
import { allEstates, type OrgDoc, orgById } from '../_services/places'

export async function orgStreetOf(store: Store, org: OrgDoc): Promise<string | null> {
  const parent = typeof org.parentId === 'string' ? org.parentId : null
  if (org.kind !== 'grid') return parent
  const community = parent ? await orgById(store, parent) : null
  return typeof community?.parentId === 'string' ? community.parentId : null
}

/** An org of this street, or INVALID_INPUT naming what is wrong. */
export async function requireStreetOrg(store: Store, streetId: string, orgId: string, kind?: OrgDoc['kind']) {
  const org = await orgById(store, orgId)
  if (!org || (await orgStreetOf(store, org)) !== streetId) throw invalidInput(`单位 ${orgId} 不属于本街道`)
  if (kind && org.kind !== kind)
    throw invalidInput(`${org.name} 不是${kind === 'department' ? '职能部门' : '该类单位'}`)
  return org
}

/** An estate of this street, or INVALID_INPUT. */
export async function requireStreetEstate(store: Store, streetId: string, estateId: string) {
  const estate = (await allEstates(store)).get(estateId)
  if (!estate || estate.streetId !== streetId) throw invalidInput(`小区 ${estateId} 不属于本街道`)
  return estate
}
