/**
 * 代办: whom a grid worker may apply for. Only the grids the caller works as grid worker, and in each
 * only residents whose current home is a verified household of that grid: exactly the residents
 * `apply` with `onBehalfOf` accepts (see apply.ts, subjectOf).
 */
import type { ProxyBuilding, ProxyGrid, ProxyResidentsOutput } from '../../../types/certificate-proxy'
import { HOUSEHOLD_RELATION_LABEL } from '../../../types/household'
import type { Caller } from '../../../types/identity'
import { maskPhone } from '../../_core/privacy'
import { forbidden } from '../../_platform/kit/errors'
import type { Platform } from '../../_platform/ports'
import type { Store } from '../../_platform/store/port'
import { usersOf } from '../accounts'
import { type HouseholdDoc, householdsOf } from '../households'
import { placesOf, streetOfCommunity } from '../places'
import { typesFor } from './catalogue'
import { toTypeView } from './type-view'

/** one page of households per grid; a grid with more says `truncated` */
const MAX_RESIDENTS = 1000
const USER_CHUNK = 500

const byText = (a: string, b: string) => a.localeCompare(b, 'zh-CN', { numeric: true })

/** The grids the caller may apply in: their grid-worker scopes, nothing else. */
export function proxyGridsOf(caller: Caller): string[] {
  return [...new Set(caller.scopes.filter((s) => s.role === 'grid_worker').map((s) => s.orgId))]
}

export async function proxyResidents(platform: Platform, caller: Caller): Promise<ProxyResidentsOutput> {
  const gridIds = proxyGridsOf(caller)
  if (gridIds.length === 0) throw forbidden('只有网格员可以为居民代办')
  const grids = await Promise.all(gridIds.map((id) => gridOf(platform.store, id)))
  return { grids: grids.filter((g): g is ProxyGrid => g !== null) }
}

async function gridOf(store: Store, gridId: string): Promise<ProxyGrid | null> {
  const [grid, page, places] = await Promise.all([
    placesOf(store).get(gridId),
    householdsOf(store).find({
      where: { gridId, status: 'verified' },
      orderBy: [['createdAt', 'asc']],
      limit: MAX_RESIDENTS,
    }),
    placesOf(store).find({ where: { gridId, kind: { in: ['estate', 'building'] } }, limit: 1000 }),
  ])
  if (grid?.kind !== 'grid') return null
  const [current, streetId] = await Promise.all([
    currentHomesAmong(store, page.items),
    streetOfCommunity(store, grid.communityId),
  ])
  const types = streetId ? (await typesFor(store, streetId, grid.communityId)).filter((t) => t.active) : []

  const name = new Map(places.items.map((p) => [p._id, p.name]))
  const buildings = new Map<string, ProxyBuilding>()
  for (const h of current) {
    const b = buildings.get(h.buildingId) ?? {
      buildingId: h.buildingId,
      label: name.has(h.buildingId) ? `${name.get(h.estateId) ?? ''} ${name.get(h.buildingId)}`.trim() : h.label,
      residents: [],
    }
    b.residents.push({
      userId: h.userId,
      name: h.name,
      phone: maskPhone(h.phone),
      addressLabel: h.label,
      relationLabel: HOUSEHOLD_RELATION_LABEL[h.relation],
    })
    buildings.set(h.buildingId, b)
  }
  const sorted = [...buildings.values()].sort((a, b) => byText(a.label, b.label))
  for (const b of sorted) b.residents.sort((x, y) => byText(x.addressLabel, y.addressLabel) || byText(x.name, y.name))
  return {
    gridId,
    gridName: grid.name,
    buildings: sorted,
    types: types.map(toTypeView),
    truncated: page.nextCursor !== null,
  }
}

/** The households that are their person's current, verified home (what `apply` checks for 代办). */
async function currentHomesAmong(store: Store, households: HouseholdDoc[]): Promise<HouseholdDoc[]> {
  const ids = [...new Set(households.map((h) => h.userId))]
  const currentOf = new Map<string, string>()
  for (let i = 0; i < ids.length; i += USER_CHUNK) {
    const chunk = ids.slice(i, i + USER_CHUNK)
    const users = await usersOf(store).find({ where: { _id: { in: chunk } }, limit: chunk.length })
    for (const u of users.items) if (u.householdVerified && u.householdId) currentOf.set(u._id, u.householdId)
  }
  return households.filter((h) => currentOf.get(h.userId) === h._id)
}
