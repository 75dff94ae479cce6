import * as z from 'zod/mini'
import type { Scope } from '../../types/identity'
import { action } from '../_platform/kit/define'
import { STAFF } from '../_platform/kit/roles'
import type { Store } from '../_platform/store/port'
import { primaryScope } from '../_services/inbox'
import { allEstates, orgById, type PlaceDoc, placesOf, streetOfCommunity } from '../_services/places'
import { findAll } from '../_services/reference-sets'

/** An estate's street: on its record, or (older records) its community's parent. */
const streetOfEstate = async (store: Store, e: PlaceDoc) =>
  e.streetId || (await streetOfCommunity(store, e.communityId))

/** Which estates a staff scope covers: its grid, community, property company or street. */
async function estateFilter(store: Store, scope: Scope): Promise<(e: PlaceDoc) => boolean | Promise<boolean>> {
  switch (scope.role) {
    case 'grid_worker':
      return (e) => e.gridId === scope.orgId
    case 'grid_leader':
    case 'community_admin':
      return (e) => e.communityId === scope.orgId
    case 'property_staff':
    case 'property_manager':
      return (e) => e.propertyCompanyId === scope.orgId
    case 'street_admin':
      return async (e) => (await streetOfEstate(store, e)) === scope.orgId
    case 'department_officer': {
      // a department serves the street it belongs to
      const street = (await orgById(store, scope.orgId))?.parentId
      return async (e) => !!street && (await streetOfEstate(store, e)) === street
    }
    default:
      return () => false
  }
}

/**
 * Buildings in the caller's scope, for patrol reports: '博泰佳苑 3号楼'; and its estates, for a road or
 * public area near one (巡查 place 'elsewhere' names the estate's first building as the nearest place).
 */
export const buildings = action({
  description: '我辖区的楼栋与小区（巡查上报用）',
  input: z.object({}),
  roles: STAFF,
  async run({ caller, platform }) {
    const { store } = platform
    const covers = await estateFilter(store, primaryScope(caller))
    const all = [...(await allEstates(store)).values()]
    const covered = await Promise.all(all.map(covers))
    const estates = all.filter((_, i) => covered[i])
    const estateName = new Map(estates.map((e) => [e._id, e.name]))
    const ids = [...estateName.keys()]
    const blocks: PlaceDoc[] = []
    for (let i = 0; i < ids.length; i += 500) {
      blocks.push(...(await findAll(placesOf(store), { kind: 'building', parentId: { in: ids.slice(i, i + 500) } })))
    }
    const items = blocks
      .map((b) => ({ id: b._id, label: `${estateName.get(b.parentId) ?? ''} ${b.name}`.trim() }))
      .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN', { numeric: true }))
    const firstBuilding = new Map<string, string>()
    for (const b of [...blocks].sort((x, y) => x.name.localeCompare(y.name, 'zh-CN', { numeric: true })))
      if (!firstBuilding.has(b.parentId)) firstBuilding.set(b.parentId, b._id)
    const areas = estates
      .filter((e) => firstBuilding.has(e._id))
      .map((e) => ({
        estateId: e._id,
        name: e.name,
        buildingId: firstBuilding.get(e._id) as string,
        hasPropertyCompany: !!e.propertyCompanyId,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN', { numeric: true }))
    return { items, areas }
  },
})
