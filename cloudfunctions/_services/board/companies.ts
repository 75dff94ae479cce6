/**
 * The property companies of a street as the board sees them: each with the communities of the
 * estates it serves and its households (units × the street's homes per unit, as no household
 * register exists). Read from the reference sets plus one paged read of the buildings.
 */
import type { Store } from '../../_platform/store/port'
import { allEstates, allOrgs, placesOf } from '../places'
import { findAll } from '../reference-sets'

export interface BoardCompany {
  id: string
  name: string
  communityIds: string[]
  households: number
}

export async function companiesOfStreet(store: Store, streetId: string, homesPerUnit: number): Promise<BoardCompany[]> {
  const [orgs, estates, buildings] = await Promise.all([
    allOrgs(store),
    allEstates(store),
    findAll(placesOf(store), { kind: 'building' }),
  ])
  const unitsOfEstate = new Map<string, number>()
  for (const b of buildings) {
    if (b.streetId && b.streetId !== streetId) continue
    const units = Array.isArray(b.units) ? b.units.length : 1
    unitsOfEstate.set(String(b.estateId), (unitsOfEstate.get(String(b.estateId)) ?? 0) + units)
  }
  const companies = [...orgs.values()].filter((o) => o.kind === 'property' && o.parentId === streetId)
  return companies
    .map((c) => {
      const served = [...estates.values()].filter((e) => e.propertyCompanyId === c._id)
      return {
        id: c._id,
        name: c.name,
        communityIds: [...new Set(served.map((e) => e.communityId))].sort(),
        households: served.reduce((n, e) => n + (unitsOfEstate.get(e._id) ?? 0) * homesPerUnit, 0),
      }
    })
    .sort((a, b) => a.id.localeCompare(b.id))
}

/** The company serving an estate, or null (无物业小区). */
export async function companyOfEstate(store: Store, estateId: string): Promise<{ id: string; name: string } | null> {
  const [orgs, estates] = await Promise.all([allOrgs(store), allEstates(store)])
  const estate = estates.get(estateId) ?? (await placesOf(store).get(estateId))
  const id = estate?.propertyCompanyId
  const org = id ? (orgs.get(id) ?? null) : null
  return org ? { id: org._id, name: org.name } : null
}
