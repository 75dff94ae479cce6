/**
 * Who edits which places: a street admin the whole street, a community admin their community's
 * grids, estates and buildings (not the community itself, nor other communities, nor the street's
 * orgs and settings).
 */
import type { Caller } from '../../../types/identity'
import { forbidden, invalidInput } from '../../_platform/kit/errors'
import type { Store } from '../../_platform/store/port'
import { type PlaceDoc, placesOf } from '../places'
import { findAll } from '../reference-sets'

export interface PlaceEditor {
  streetId: string
  role: 'street_admin' | 'community_admin'
  /** the communities the editor may change */
  communityIds: string[]
}

export async function placeEditorOf(store: Store, caller: Caller): Promise<PlaceEditor> {
  const street = caller.scopes.find((s) => s.role === 'street_admin')
  if (street) {
    const communities = await findAll(placesOf(store), { kind: 'community', parentId: street.orgId })
    return { streetId: street.orgId, role: 'street_admin', communityIds: communities.map((c) => c._id) }
  }
  const own = caller.scopes.filter((s) => s.role === 'community_admin').map((s) => s.orgId)
  if (own.length === 0) throw forbidden('只有街道或社区管理员可以维护地址')
  const community = await placesOf(store).get(own[0])
  if (community?.kind !== 'community') throw forbidden('您的社区不在地址库里，请联系街道管理员')
  return { streetId: community.parentId, role: 'community_admin', communityIds: own }
}

/** How a place is looked up: from the store, or (an import) from the store and the rows before it. */
export type PlaceLookup = (id: string) => Promise<PlaceDoc | null>
export const storedPlaces =
  (store: Store): PlaceLookup =>
  (id) =>
    placesOf(store).get(id)

/** A place of the editor's communities (of one kind), or a clear refusal. */
export async function placeInScope(
  lookup: PlaceLookup,
  editor: PlaceEditor,
  id: string,
  kind: PlaceDoc['kind'],
  label: string,
): Promise<PlaceDoc> {
  const place = await lookup(id)
  if (place?.kind !== kind) throw invalidInput(`没有找到${label} ${id}`)
  if (!editor.communityIds.includes(place.communityId)) throw forbidden(`${label}${place.name}不在您管理的范围内`)
  return place
}
