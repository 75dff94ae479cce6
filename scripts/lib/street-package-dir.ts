/**
 * Reads a street's package from a folder (types/street-package.ts): each part from its JSON file,
 * or, when that is missing, from an .xlsx of the same name:
 * - places.xlsx: one row per building, columns 街道编号, 街道, 社区编号, 社区, 网格编号, 网格, 小区编号,
 *   小区, 物业公司编号 (empty: 无物业), 楼栋编号, 楼栋, 单元 (e.g. “1单元,2单元”), and optionally
 *   社区电话 and 网格电话 (the public service phones residents are shown);
 * - orgs.xlsx: columns 类型 (物业公司 or 职能部门), 编号, 名称, 电话;
 * - categories.xlsx, routing-rules.xlsx, settings.xlsx: a header row naming the JSON fields, one
 *   row per entry (TRUE/FALSE and numbers as such; an empty cell is no value; “null” is null).
 * Every problem is reported in Chinese with the file it is in.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import type * as z from 'zod/mini'
import { PACKAGE_FILES, StreetPackage } from '../../types/street-package'

export class PackageError extends Error {
  override readonly name = 'PackageError'
}

type Row = Record<string, unknown>

function cellValue(v: unknown): unknown {
  if (v === null || v === undefined) return undefined
  if (typeof v === 'object') {
    const o = v as { richText?: Array<{ text?: string }>; text?: unknown; result?: unknown }
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text ?? '').join('')
    if (o.text !== undefined) return cellValue(o.text)
    if (o.result !== undefined) return cellValue(o.result)
    if (v instanceof Date) return v.toISOString()
    return undefined
  }
  if (typeof v === 'string') {
    const t = v.trim()
    if (t === '') return undefined
    if (t === 'null') return null
    if (/^(true|false)$/i.test(t)) return t.toLowerCase() === 'true'
    return t
  }
  return v
}

async function sheetRows(file: string): Promise<Row[]> {
  const book = new ExcelJS.Workbook()
  try {
    await book.xlsx.readFile(file)
  } catch {
    throw new PackageError(`${path.basename(file)}：无法读取，请确认是 .xlsx 文件`)
  }
  const sheet = book.worksheets[0]
  if (!sheet) return []
  let header: string[] = []
  const rows: Row[] = []
  sheet.eachRow({ includeEmpty: false }, (r, n) => {
    const values = (Array.isArray(r.values) ? r.values.slice(1) : []).map(cellValue)
    if (n === 1 || header.length === 0) {
      header = values.map((v) => String(v ?? '').trim())
      return
    }
    const row: Row = {}
    header.forEach((h, i) => {
      if (h && values[i] !== undefined) row[h] = values[i]
    })
    if (Object.keys(row).length > 0) rows.push(row)
  })
  return rows
}

const text = (v: unknown) => (v === undefined || v === null ? '' : String(v).trim())

/** places.xlsx rows (one per building) → the places tree. */
function placesFromRows(rows: Row[]): unknown {
  if (rows.length === 0) throw new PackageError('places.xlsx：没有数据行')
  const first = rows[0]
  const street = { id: text(first.街道编号), name: text(first.街道) }
  type Building = { id: string; name: string; units: string[] }
  type Estate = { id: string; name: string; propertyCompanyId: string | null; buildings: Building[] }
  type Grid = { id: string; name: string; phone?: string; estates: Estate[] }
  const communities: Array<{ id: string; name: string; phone?: string; grids: Grid[] }> = []
  const phone = (v: unknown) => (text(v) ? { phone: text(v) } : {})
  const find = <T extends { id: string }>(list: T[], id: string, make: () => T): T => {
    const hit = list.find((x) => x.id === id)
    if (hit) return hit
    const made = make()
    list.push(made)
    return made
  }
  for (const r of rows) {
    const c = find(communities, text(r.社区编号), () => ({
      id: text(r.社区编号),
      name: text(r.社区),
      ...phone(r.社区电话),
      grids: [],
    }))
    const g = find<Grid>(c.grids, text(r.网格编号), () => ({
      id: text(r.网格编号),
      name: text(r.网格),
      ...phone(r.网格电话),
      estates: [],
    }))
    const e = find<Estate>(g.estates, text(r.小区编号), () => ({
      id: text(r.小区编号),
      name: text(r.小区),
      propertyCompanyId: text(r.物业公司编号) || null,
      buildings: [],
    }))
    e.buildings.push({
      id: text(r.楼栋编号),
      name: text(r.楼栋),
      units: text(r.单元)
        .split(/[,，、\s]+/)
        .filter(Boolean),
    })
  }
  return { street, communities }
}

function orgsFromRows(rows: Row[]): unknown {
  const of = (kind: string) => rows.filter((r) => text(r.类型) === kind)
  const unknownKind = rows.find((r) => !['物业公司', '职能部门'].includes(text(r.类型)))
  if (unknownKind)
    throw new PackageError(`orgs.xlsx：类型只能是“物业公司”或“职能部门”，不是“${text(unknownKind.类型)}”`)
  return {
    propertyCompanies: of('物业公司').map((r) => ({
      id: text(r.编号),
      name: text(r.名称),
      ...(text(r.电话) ? { phone: text(r.电话) } : {}),
    })),
    departments: of('职能部门').map((r) => ({ id: text(r.编号), name: text(r.名称) })),
  }
}

async function readPart(dir: string, part: keyof typeof PACKAGE_FILES): Promise<unknown> {
  const json = path.join(dir, PACKAGE_FILES[part])
  if (existsSync(json)) {
    try {
      return JSON.parse(readFileSync(json, 'utf8'))
    } catch (error) {
      throw new PackageError(`${PACKAGE_FILES[part]}：不是有效的 JSON（${(error as Error).message}）`)
    }
  }
  const xlsx = json.replace(/\.json$/, '.xlsx')
  if (!existsSync(xlsx)) return part === 'settings' ? [] : undefined
  const rows = await sheetRows(xlsx)
  if (part === 'places') return placesFromRows(rows)
  if (part === 'orgs') return orgsFromRows(rows)
  return rows
}

function describe(error: z.core.$ZodError): string[] {
  return error.issues.map((i) => {
    const [part, ...rest] = i.path
    const file = PACKAGE_FILES[part as keyof typeof PACKAGE_FILES] ?? String(part)
    return `${file}${rest.length ? ` 第 ${rest.join('.')} 项` : ''}：${i.message}`
  })
}

export async function readStreetPackage(dir: string): Promise<StreetPackage> {
  if (!existsSync(dir)) throw new PackageError(`没有这个文件夹：${dir}`)
  const raw: Record<string, unknown> = {}
  for (const part of Object.keys(PACKAGE_FILES) as Array<keyof typeof PACKAGE_FILES>) {
    raw[part] = await readPart(dir, part)
    if (raw[part] === undefined) throw new PackageError(`缺少 ${PACKAGE_FILES[part]}（或同名 .xlsx）`)
  }
  const parsed = StreetPackage.safeParse(raw)
  if (!parsed.success) throw new PackageError(describe(parsed.error).slice(0, 20).join('\n'))
  return parsed.data
}
