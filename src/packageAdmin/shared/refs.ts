/** What several admin pages pick from: the catalogue, the places and the orgs of the street. */

import type { OrgRow, PlaceRow } from '../../../types/admin-places'
import type { Category } from '../../../types/catalog'
import { useLoad } from '../../lib/use-load'
import { admin } from './api'
import type { PickOption } from './PickList'

export interface CategoryItem {
  category: Category
  version: number
}

export interface Refs {
  categories: CategoryItem[]
  places: PlaceRow[]
  orgs: OrgRow[]
}

export async function loadRefs(): Promise<Refs> {
  const [cats, rest] = await Promise.all([admin<{ items: CategoryItem[] }>('categories'), loadPlacesAndOrgs()])
  return { ...rest, categories: cats.items }
}

/** The places and orgs only (what a community admin may read too): the refs with no categories. */
export async function loadPlacesAndOrgs(): Promise<Refs> {
  const [places, orgs] = await Promise.all([
    admin<{ items: PlaceRow[] }>('places', { limit: 1000 }),
    admin<{ items: OrgRow[] }>('orgs'),
  ])
  return { categories: [], places: places.items, orgs: orgs.items }
}

export const useRefs = () => useLoad(loadRefs)

export const categoryOptions = (refs: Refs | null): PickOption[] =>
  (refs?.categories ?? []).map(({ category: c }) => ({ value: c.code, label: `${c.icon} ${c.name}`.trim() }))

export const placeOptions = (refs: Refs | null, kind: PlaceRow['kind'], parentId?: string | null): PickOption[] =>
  (refs?.places ?? [])
    .filter((p) => p.kind === kind && (!parentId || p.parentId === parentId))
    .map((p) => ({ value: p.id, label: p.name, note: kind === 'building' ? undefined : p.parentName }))

export const orgOptions = (refs: Refs | null, kind: OrgRow['kind']): PickOption[] =>
  (refs?.orgs ?? []).filter((o) => o.kind === kind).map((o) => ({ value: o.id, label: o.name }))

export const nameOf = (refs: Refs | null, id: string | null | undefined): string => {
  if (!id) return ''
  const place = refs?.places.find((p) => p.id === id)
  if (place) return place.name
  const org = refs?.orgs.find((o) => o.id === id)
  if (org) return org.name
  const cat = refs?.categories.find((c) => c.category.code === id)
  return cat ? cat.category.name : id
}
