/**
 * A community's house roster (房屋/人口底册), read row by row: which building, unit and room each
 * row names, and why a row is refused. Pure: the cells come in as text, the community's buildings
 * as facts; nothing is read or written here.
 */
import { BindInput, MobilePhone, ROSTER_COLUMNS, ROSTER_OPTIONAL_COLUMNS } from '../../../types/household'

export interface RosterBuilding {
  id: string
  /** e.g. '3号楼' */
  name: string
  /** e.g. '博泰佳苑' */
  estateName: string
  units?: readonly string[]
}

export type RosterColumn = (typeof ROSTER_COLUMNS)[number] | (typeof ROSTER_OPTIONAL_COLUMNS)[number]

export interface RosterRow {
  row: number
  buildingId: string
  unit: string
  room: string
  name: string
  phone: string
}

export type RosterLine = ({ ok: true } & RosterRow) | { ok: false; row: number; reason: string }

/** Text as compared: width-folded (NFKC), without spaces, upper case. */
export const normText = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toUpperCase()

/** The header row: the first of the first ten rows that names every required column. */
export function headerOf(
  rows: ReadonlyArray<{ row: number; cells: readonly string[] }>,
): { row: number; columns: Partial<Record<RosterColumn, number>> } | { error: string } {
  for (const { row, cells } of rows.slice(0, 10)) {
    const columns: Partial<Record<RosterColumn, number>> = {}
    cells.forEach((cell, i) => {
      const name = normText(cell) as RosterColumn
      if (
        (ROSTER_COLUMNS as readonly string[]).includes(name) ||
        (ROSTER_OPTIONAL_COLUMNS as readonly string[]).includes(name)
      ) {
        columns[name] ??= i
      }
    })
    if (ROSTER_COLUMNS.every((c) => columns[c] !== undefined)) return { row, columns }
  }
  return { error: `表格第一行应是列名：${ROSTER_COLUMNS.join('、')}（可另加“小区”列）。请按模板整理后再导入` }
}

function buildingFor(buildings: readonly RosterBuilding[], estate: string, building: string): RosterBuilding | string {
  const b = normText(building)
  const e = normText(estate)
  const names = (x: RosterBuilding) => {
    const own = normText(x.name)
    return [own, normText(x.estateName) + own, normText(x.id)]
  }
  const wanted = /^\d+$/.test(b) ? [b, `${b}号楼`] : [b]
  let hits = buildings.filter((x) => names(x).some((n) => wanted.some((w) => n === w || n === e + w)))
  if (e) hits = hits.filter((x) => normText(x.estateName) === e)
  if (hits.length === 1) return hits[0]
  const shown = `${estate}${building}`
  if (hits.length === 0) return `本社区没有“${shown}”这栋楼`
  const estates = [...new Set(hits.map((x) => x.estateName))].join('、')
  return `“${shown}”在本社区有多处（${estates}），请写明小区，如“${hits[0].estateName}${hits[0].name}”`
}

function unitFor(b: RosterBuilding, unit: string): string | { reason: string } {
  const u = normText(unit)
  if (!b.units || b.units.length === 0) return unit.trim()
  const hit = b.units.find((x) => normText(x) === u || normText(x) === `${u}单元`)
  return hit ?? { reason: `${b.estateName}${b.name}没有“${unit}”，应为 ${b.units.join('、')} 之一` }
}

const firstIssue = (result: { success: boolean; error?: { issues: Array<{ message: string }> } }) =>
  result.error?.issues[0]?.message ?? ''

/**
 * Every data row below the header, as taken or refused (with the reason). Blank rows are skipped;
 * a row repeating an earlier one is refused, naming the earlier row.
 */
export function readRoster(
  rows: ReadonlyArray<{ row: number; cells: readonly string[] }>,
  columns: Partial<Record<RosterColumn, number>>,
  buildings: readonly RosterBuilding[],
): RosterLine[] {
  const out: RosterLine[] = []
  const seen = new Map<string, number>()
  for (const { row, cells } of rows) {
    const cell = (c: RosterColumn) => (columns[c] === undefined ? '' : (cells[columns[c] as number] ?? '').trim())
    if ([...ROSTER_COLUMNS, ...ROSTER_OPTIONAL_COLUMNS].every((c) => cell(c) === '')) continue
    const refuse = (reason: string) => out.push({ ok: false, row, reason })
    const missing = ROSTER_COLUMNS.filter((c) => cell(c) === '')
    if (missing.length > 0) {
      refuse(`缺少${missing.join('、')}`)
      continue
    }
    const building = buildingFor(buildings, cell('小区'), cell('楼栋'))
    if (typeof building === 'string') {
      refuse(building)
      continue
    }
    const unit = unitFor(building, cell('单元'))
    if (typeof unit !== 'string') {
      refuse(unit.reason)
      continue
    }
    const unitOk = BindInput.shape.unit.safeParse(unit)
    const roomOk = BindInput.shape.room.safeParse(cell('房号'))
    const nameOk = BindInput.shape.name.safeParse(cell('姓名'))
    const phoneOk = MobilePhone.safeParse(
      cell('手机号')
        .replace(/[\s-]/g, '')
        .replace(/^\+?86/, ''),
    )
    const problem = [unitOk, roomOk, nameOk, phoneOk].find((r) => !r.success)
    if (problem || !unitOk.success || !roomOk.success || !nameOk.success || !phoneOk.success) {
      refuse(firstIssue(problem as never) || '这一行的内容有误')
      continue
    }
    const line = {
      row,
      buildingId: building.id,
      unit: unitOk.data,
      room: roomOk.data,
      name: nameOk.data,
      phone: phoneOk.data,
    }
    const key = [line.buildingId, normText(line.unit), normText(line.room), normText(line.name), line.phone].join('|')
    const earlier = seen.get(key)
    if (earlier !== undefined) {
      refuse(`与第${earlier}行重复`)
      continue
    }
    seen.set(key, row)
    out.push({ ok: true, ...line })
  }
  return out
}

/** Whether a binding's name and phone are those of a roster row (the room is matched by key). */
export function sameResident(
  a: { name: string; phone: string | null },
  b: { name: string; phone: string | null },
): boolean {
  return Boolean(a.phone && b.phone && a.phone === b.phone && normText(a.name) === normText(b.name))
}
