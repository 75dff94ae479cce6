/** The places an editor manages, as rows (list, search and the .xlsx export read the same rows). */
import type { PlaceKind, PlaceRow } from '../../../types/admin-places'
import type { Store } from '../../_platform/store/port'
import { allOrgs, type PlaceDoc, placesOf } from '../places'
import { findAll } from '../reference-sets'
import type { PlaceEditor } from './scope'

const ORDER: Record<PlaceKind, number> = { community: 0, grid: 1, estate: 2, building: 3 }
const collator = new Intl.Collator('zh-CN', { numeric: true })

/** Every community, grid, estate and building of the editor's communities, tree order. */
export async function placeDocsOf(store: Store, editor: PlaceEditor): Promise<PlaceDoc[]> {
  if (editor.communityIds.length === 0) return []
  const docs = await findAll(placesOf(store), { communityId: { in: editor.communityIds } })
  return docs.filter((d) => d.kind !== 'street')
}

export async function placeRows(store: Store, editor: PlaceEditor): Promise<PlaceRow[]> {
  const [docs, orgs] = await Promise.all([placeDocsOf(store, editor), allOrgs(store)])
  const byId = new Map(docs.map((d) => [d._id, d]))
  const rows = docs.map((d): PlaceRow => {
    const company = d.kind === 'estate' && d.propertyCompanyId ? orgs.get(d.propertyCompanyId) : undefined
    const units = (d as { units?: unknown }).units
    return {
      id: d._id,
      kind: d.kind as PlaceKind,
      name: d.name,
      parentId: d.parentId,
      parentName: byId.get(d.parentId)?.name ?? '',
      communityId: d.communityId,
      gridId: d.gridId ?? '',
      propertyCompanyId: d.kind === 'estate' ? (d.propertyCompanyId ?? null) : null,
      propertyCompanyName: company?.name ?? null,
      units: Array.isArray(units) ? units.map(String) : [],
      version: d._v,
    }
  })
  return rows.sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || collator.compare(a.name, b.name))
}

/** The rows a search asks for. */
export function filterRows(rows: PlaceRow[], filter: { kind?: PlaceKind; parentId?: string; q?: string }): PlaceRow[] {
  const q = filter.q?.toLowerCase()
  return rows.filter(
    (r) =>
      (!filter.kind || r.kind === filter.kind) &&
      (!filter.parentId || r.parentId === filter.parentId) &&
      (!q || r.name.toLowerCase().includes(q) || r.id.includes(q) || r.parentName.toLowerCase().includes(q)),
  )
}
