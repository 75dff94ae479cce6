/**
 * The places as a sheet: export writes one row per building (with its estate, grid and community;
 * an estate without buildings, a grid without estates, a community without grids get a row too),
 * and import reads the same columns back (see import.ts).
 */
import type { PLACE_COLUMNS } from '../../../types/admin-places'
import type { Store } from '../../_platform/store/port'
import type { PlaceDoc } from '../places'
import { placeDocsOf } from './list'
import type { PlaceEditor } from './scope'

type SheetRow = Record<(typeof PLACE_COLUMNS)[number]['key'], string>
const collator = new Intl.Collator('zh-CN', { numeric: true })
const byName = (a: PlaceDoc, b: PlaceDoc) => collator.compare(a.name, b.name)

export async function placeSheetRows(store: Store, editor: PlaceEditor): Promise<SheetRow[]> {
  const docs = await placeDocsOf(store, editor)
  const children = new Map<string, PlaceDoc[]>()
  for (const d of docs) children.set(d.parentId, [...(children.get(d.parentId) ?? []), d])
  const under = (id: string) => (children.get(id) ?? []).sort(byName)
  const rows: SheetRow[] = []
  const empty: SheetRow = {
    communityId: '',
    communityName: '',
    gridId: '',
    gridName: '',
    estateId: '',
    estateName: '',
    propertyCompanyId: '',
    buildingId: '',
    buildingName: '',
    units: '',
  }
  for (const c of docs.filter((d) => d.kind === 'community').sort(byName)) {
    const cRow = { ...empty, communityId: c._id, communityName: c.name }
    const grids = under(c._id)
    if (grids.length === 0) rows.push(cRow)
    for (const g of grids) {
      const gRow = { ...cRow, gridId: g._id, gridName: g.name }
      const estates = under(g._id)
      if (estates.length === 0) rows.push(gRow)
      for (const e of estates) {
        const eRow = { ...gRow, estateId: e._id, estateName: e.name, propertyCompanyId: e.propertyCompanyId ?? '' }
        const buildings = under(e._id)
        if (buildings.length === 0) rows.push(eRow)
        for (const b of buildings) {
          const units = (b as { units?: unknown }).units
          rows.push({
            ...eRow,
            buildingId: b._id,
            buildingName: b.name,
            units: Array.isArray(units) ? units.join('、') : '',
          })
        }
      }
    }
  }
  return rows
}
