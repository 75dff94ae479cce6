/**
 * admin.importPlaces: an .xlsx in the export's columns. Every row is judged against the places as
 * they are plus the rows above it (a grid created on row 3 can take estates on row 4), and refused
 * with its reason when anything in it is wrong. Then everything accepted is written in one
 * transaction with an audit row per changed place: a failure leaves nothing written, and the same
 * file twice changes nothing.
 */
import { type ImportPlacesOutput, PLACE_COLUMNS, PLACES_MAX_ROWS, PlaceDraft } from '../../../types/admin-places'
import type { Caller } from '../../../types/identity'
import { sniffSpreadsheet } from '../../_platform/files/sniff'
import { AppError, conflict, forbidden, invalidInput, notFound } from '../../_platform/kit/errors'
import type { Platform } from '../../_platform/ports'
import { isStoreConflict } from '../../_platform/store/port'
import { insertAuditRow } from '../admin-edits'
import { authorOf } from '../content'
import type { PlaceDoc } from '../places'
import { clearReferenceCache } from '../reference-cache'
import { readSheetRows } from '../spreadsheet'
import { type PlacePlan, planPlace, writePlanExtras } from './save'
import { type PlaceEditor, placeEditorOf, storedPlaces } from './scope'

type Cells = Record<(typeof PLACE_COLUMNS)[number]['key'], string>
interface Change {
  before: PlaceDoc | null
  plan: PlacePlan
}
type RowReport = ImportPlacesOutput['rows'][number]

const LABEL = { community: '社区', grid: '网格', estate: '小区', building: '楼栋' } as const

function cellsOf(cells: string[]): Cells {
  return Object.fromEntries(PLACE_COLUMNS.map((c, i) => [c.key, (cells[i] ?? '').trim()])) as Cells
}

/** The drafts one row describes, outermost first; names left empty keep the stored ones. */
function draftsOf(c: Cells, nameOf: (id: string) => string): unknown[] {
  const name = (id: string, given: string) => given || nameOf(id)
  const out: unknown[] = [{ kind: 'community', id: c.communityId, name: name(c.communityId, c.communityName) }]
  if (c.gridId) out.push({ kind: 'grid', id: c.gridId, name: name(c.gridId, c.gridName), communityId: c.communityId })
  if (c.estateId)
    out.push({
      kind: 'estate',
      id: c.estateId,
      name: name(c.estateId, c.estateName),
      gridId: c.gridId,
      propertyCompanyId: c.propertyCompanyId || null,
    })
  if (c.buildingId)
    out.push({
      kind: 'building',
      id: c.buildingId,
      name: name(c.buildingId, c.buildingName),
      estateId: c.estateId,
      units: c.units
        ? c.units
            .split(/[、,，;；]/)
            .map((u) => u.trim())
            .filter(Boolean)
        : [],
    })
  return out
}

const sameBody = (doc: PlaceDoc, body: Record<string, unknown>) =>
  Object.entries(body).every(
    ([k, v]) => JSON.stringify((doc as Record<string, unknown>)[k] ?? null) === JSON.stringify(v ?? null),
  )

export async function importPlaces(
  platform: Platform,
  caller: Caller,
  requestId: string | undefined,
  fileId: string,
): Promise<ImportPlacesOutput> {
  const { store } = platform
  const editor = await placeEditorOf(store, caller)
  const meta = await store.collection('files').get(fileId)
  if (!meta || meta.ownerId !== caller.userId) throw notFound('没有找到这个文件，请重新上传')
  const file = await platform.files.get(fileId)
  if (!file || !sniffSpreadsheet(file.bytes))
    throw invalidInput('只能导入 .xlsx 格式的表格（Excel 或 WPS 另存为 .xlsx）')
  const rows = await readSheetRows(file.bytes, PLACES_MAX_ROWS)
  const header = rows.findIndex((r) => r.cells[0]?.trim() === PLACE_COLUMNS[0].header)
  if (header < 0) throw invalidInput('第一行应是表头“社区编号、社区名称、网格编号……”，可先导出一份地址库作为模板')

  const stored = storedPlaces(store)
  const planned = new Map<string, PlaceDoc>()
  const lookup = async (id: string) => planned.get(id) ?? (await stored(id))
  const changes = new Map<string, Change>()
  const report: RowReport[] = []
  for (const row of rows.slice(header + 1)) {
    const cells = cellsOf(row.cells)
    if (Object.values(cells).every((v) => v === '')) continue
    const known = new Map<string, string>()
    for (const id of [cells.communityId, cells.gridId, cells.estateId, cells.buildingId].filter(Boolean))
      known.set(id, (await lookup(id))?.name ?? '')
    // what this row has planned so far: its grid is there for its estate, and nothing stays if it fails
    const rowPlanned = new Map<string, PlaceDoc>()
    const rowLookup = async (id: string) => rowPlanned.get(id) ?? (await lookup(id))
    try {
      const staged: Array<{ id: string; current: PlaceDoc | null; plan: PlacePlan }> = []
      for (const raw of draftsOf(cells, (id) => known.get(id) ?? '')) {
        const parsed = PlaceDraft.safeParse(raw)
        const kind = (raw as { kind: keyof typeof LABEL }).kind
        if (!parsed.success) throw invalidInput(`${LABEL[kind]}：${parsed.error.issues[0]?.message ?? '填写有误'}`)
        const draft = parsed.data
        const current = await rowLookup(draft.id)
        // a community admin's rows name their own community, which they may not edit
        if (draft.kind === 'community' && current?.kind === 'community' && current.name === draft.name) {
          if (!editor.communityIds.includes(draft.id)) throw forbidden(`${current.name}不在您管理的范围内`)
          continue
        }
        const plan = await planPlace(store, rowLookup, editor, draft, current)
        if (plan.regrid) throw invalidInput('调整小区所属网格请在“小区”编辑页操作')
        if (current && sameBody(current, plan.body)) continue
        staged.push({ id: draft.id, current, plan })
        rowPlanned.set(draft.id, { _id: draft.id, _v: current?._v ?? 0, ...plan.body } as PlaceDoc)
      }
      for (const s of staged) {
        planned.set(s.id, rowPlanned.get(s.id) as PlaceDoc)
        changes.set(s.id, { before: changes.get(s.id)?.before ?? (await stored(s.id)), plan: s.plan })
      }
      const status = staged.some((s) => !s.current) ? 'created' : staged.length ? 'updated' : 'unchanged'
      report.push({ row: row.row, status })
    } catch (error) {
      if (!(error instanceof AppError)) throw error
      report.push({ row: row.row, status: 'refused', reason: error.message })
    }
  }
  const names = [...new Set([...changes.values()].map((c) => String(c.plan.body.name)))]
  if (names.length > 0) {
    const verdict = await platform.contentCheck.text(names.join('\n'), authorOf(caller))
    if (!verdict.ok) throw invalidInput(`表格里有名称未通过内容检查，本次没有写入任何内容：${verdict.reason ?? ''}`)
  }
  await writeChanges(platform, caller, requestId, editor, changes)
  const count = (s: RowReport['status']) => report.filter((r) => r.status === s).length
  return {
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    refused: count('refused'),
    rows: report,
  }
}

async function writeChanges(
  platform: Platform,
  caller: Caller,
  requestId: string | undefined,
  editor: PlaceEditor,
  changes: Map<string, Change>,
): Promise<void> {
  if (changes.size === 0) return
  const at = platform.clock.now().toISOString()
  try {
    await platform.store.transaction(async (tx) => {
      const places = tx.collection<PlaceDoc>('places')
      for (const [id, { before, plan }] of changes) {
        if (before) await places.patch(id, plan.body as never, { expectedVersion: before._v })
        else await places.insert({ _id: id, ...plan.body } as never)
        await writePlanExtras(tx, id, plan)
        const { _v, ...was } = before ?? { _v: 0 }
        await insertAuditRow(tx, caller, {
          at,
          role: editor.role,
          streetId: editor.streetId,
          action: 'admin.importPlaces',
          target: `places/${id}`,
          before: before ? was : null,
          after: plan.body,
          requestId: requestId ?? '',
        })
      }
    })
  } catch (error) {
    if (isStoreConflict(error)) throw conflict('导入时地址库有了其他改动，本次没有写入任何内容，请重新导入')
    throw error
  }
  clearReferenceCache(platform.store)
}
