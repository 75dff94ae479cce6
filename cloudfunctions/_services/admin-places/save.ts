/**
 * Saving one place (admin.savePlace). A community or grid is also an org under the same id, written
 * in the same transaction. An estate may move to another grid of its community (its buildings and
 * bindings follow; open orders keep the place they were reported at) and may change its property
 * company: new reports go to the new company, open ones stay unless the admin moves them.
 */
import type { PlaceDraft } from '../../../types/admin-places'
import type { Caller } from '../../../types/identity'
import { forbidden, invalidInput } from '../../_platform/kit/errors'
import type { Platform } from '../../_platform/ports'
import type { Store, Tx } from '../../_platform/store/port'
import { auditedEdit } from '../admin-edits'
import { type HouseholdDoc, householdsOf, projectInTx } from '../households'
import { orgById, type PlaceDoc, placesOf } from '../places'
import { findAll } from '../reference-sets'
import { type PlaceEditor, type PlaceLookup, placeInScope, storedPlaces } from './scope'

export interface PlacePlan {
  body: Record<string, unknown>
  org?: Record<string, unknown>
  /**
   * an estate moved to another grid of its community: its buildings and bindings, read before the
   * transaction (a transaction cannot query)
   */
  regrid?: { gridId: string; buildingIds: string[]; households: HouseholdDoc[]; housesOf: Map<string, HouseholdDoc[]> }
}

const KIND_LABEL = { community: '社区', grid: '网格', estate: '小区', building: '楼栋' } as const

/** What saving the draft writes, or a clear refusal; `current` is the place as it is stored now. */
export async function planPlace(
  store: Store,
  lookup: PlaceLookup,
  editor: PlaceEditor,
  draft: PlaceDraft,
  current: PlaceDoc | null,
): Promise<PlacePlan> {
  if (current && current.kind !== draft.kind)
    throw invalidInput(`编号 ${draft.id} 已是${KIND_LABEL[current.kind as keyof typeof KIND_LABEL] ?? '其他'}的编号`)
  if (current && current.kind !== 'community' && !editor.communityIds.includes(current.communityId))
    throw forbidden(`${current.name}不在您管理的范围内`)
  const { streetId } = editor
  switch (draft.kind) {
    case 'community': {
      if (editor.role !== 'street_admin') throw forbidden('社区只能由街道管理员新增或修改')
      if (current && current.parentId !== streetId) throw forbidden(`${current.name}不属于本街道`)
      return {
        body: { kind: 'community', name: draft.name, parentId: streetId, communityId: draft.id, gridId: '' },
        org: { kind: 'community', name: draft.name, parentId: streetId, communityId: draft.id },
      }
    }
    case 'grid': {
      await placeInScope(lookup, editor, draft.communityId, 'community', '社区')
      if (current && current.communityId !== draft.communityId) throw invalidInput('网格不能调到其他社区')
      return {
        body: {
          kind: 'grid',
          name: draft.name,
          parentId: draft.communityId,
          communityId: draft.communityId,
          gridId: draft.id,
        },
        org: { kind: 'grid', name: draft.name, parentId: draft.communityId, communityId: draft.communityId },
      }
    }
    case 'estate': {
      const grid = await placeInScope(lookup, editor, draft.gridId, 'grid', '网格')
      if (current && current.communityId !== grid.communityId) throw invalidInput('小区只能调到本社区的其他网格')
      if (draft.propertyCompanyId) {
        const company = await orgById(store, draft.propertyCompanyId)
        if (company?.kind !== 'property' || company.parentId !== streetId)
          throw invalidInput(`物业公司 ${draft.propertyCompanyId} 不是本街道登记的物业公司`)
      }
      return {
        body: {
          kind: 'estate',
          name: draft.name,
          parentId: draft.gridId,
          gridId: draft.gridId,
          communityId: grid.communityId,
          streetId,
          propertyCompanyId: draft.propertyCompanyId,
        },
        ...(current && current.gridId !== draft.gridId
          ? { regrid: await regridOf(store, draft.id, draft.gridId) }
          : {}),
      }
    }
    case 'building': {
      const estate = await placeInScope(lookup, editor, draft.estateId, 'estate', '小区')
      if (current && current.estateId !== draft.estateId) throw invalidInput('楼栋不能调到其他小区')
      return {
        body: {
          kind: 'building',
          name: draft.name,
          parentId: draft.estateId,
          estateId: draft.estateId,
          gridId: estate.gridId,
          communityId: estate.communityId,
          streetId,
          units: draft.units,
        },
      }
    }
  }
}

/** The writes beside the place itself: its org twin, and an estate's buildings and bindings when it changes grid. */
export async function writePlanExtras(tx: Tx, id: string, plan: PlacePlan): Promise<void> {
  if (plan.org) {
    const orgs = tx.collection('orgs')
    const org = await orgs.get(id)
    if (org) await orgs.patch(id, plan.org as never)
    else await orgs.insert({ _id: id, ...plan.org } as never)
  }
  if (!plan.regrid) return
  const { gridId, buildingIds, households, housesOf } = plan.regrid
  for (const id of buildingIds) await tx.collection<PlaceDoc>('places').patch(id, { gridId })
  for (const h of households) await tx.collection<HouseholdDoc>('households').patch(h._id, { gridId })
  for (const [userId, list] of housesOf) {
    const next = list.map((h) => (households.some((m) => m._id === h._id) ? { ...h, gridId } : h))
    await projectInTx(tx, userId, next)
  }
}

async function regridOf(store: Store, estateId: string, gridId: string): Promise<NonNullable<PlacePlan['regrid']>> {
  const [buildings, households] = await Promise.all([
    findAll(placesOf(store), { kind: 'building', estateId }),
    findAll(householdsOf(store), { estateId }),
  ])
  const housesOf = new Map<string, HouseholdDoc[]>()
  for (const userId of new Set(households.map((h) => h.userId)))
    housesOf.set(userId, await findAll(householdsOf(store), { userId }))
  return { gridId, buildingIds: buildings.map((b) => b._id), households, housesOf }
}

/** Saves a place with its audit row; returns the new version and the place as it was. */
export async function savePlaceDoc(
  platform: Platform,
  caller: Caller,
  requestId: string | undefined,
  editor: PlaceEditor,
  draft: PlaceDraft,
  expectedVersion: number | undefined,
): Promise<{ version: number; before: PlaceDoc | null }> {
  const before = await placesOf(platform.store).get(draft.id)
  const plan = await planPlace(platform.store, storedPlaces(platform.store), editor, draft, before)
  const { version } = await auditedEdit<PlaceDoc>(platform, caller, requestId, {
    action: 'admin.savePlace',
    collection: 'places',
    id: draft.id,
    body: plan.body,
    expectedVersion,
    streetId: editor.streetId,
    role: editor.role,
    also: (tx) => writePlanExtras(tx, draft.id, plan),
  })
  return { version, before }
}
