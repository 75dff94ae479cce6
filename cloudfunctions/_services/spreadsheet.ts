/**
 * Spreadsheets in and out (.xlsx, exceljs): reading the first sheet of an uploaded file as text
 * rows, and writing a workbook the caller downloads like a photo (the file belongs to them alone,
 * locally `GET /api/_files/<fileId>`). The library loads only when a sheet is read or written.
 */
import type { Workbook } from 'exceljs'
import { XLSX_MIME } from '../_platform/files/sniff'
import { invalidInput } from '../_platform/kit/errors'
import type { Platform } from '../_platform/ports'

/**
 * Node's `import()` of the CommonJS exceljs gives only `default` (the bundled functions keep the
 * import as it is), while jest and bundlers also give the named export: take whichever is there.
 */
async function newWorkbook(): Promise<Workbook> {
  type Lib = { Workbook?: typeof import('exceljs').Workbook; default?: { Workbook: typeof import('exceljs').Workbook } }
  const ExcelJS = (await import('exceljs')) as unknown as Lib
  const Book = ExcelJS.Workbook ?? ExcelJS.default?.Workbook
  if (!Book) throw new Error('exceljs: no Workbook export')
  return new Book()
}

/** A cell's value as text, whatever exceljs made of it (numbers, rich text, formulas, links). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'object') {
    const v = value as { richText?: Array<{ text?: string }>; text?: unknown; result?: unknown }
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text ?? '').join('')
    if (v.text !== undefined) return cellText(v.text)
    if (v.result !== undefined) return cellText(v.result)
  }
  return ''
}

export interface SheetRow {
  /** the row's number in the sheet, as the person who made it sees it */
  row: number
  cells: string[]
}

/** The first worksheet's non-empty rows as text; more than `maxRows` is refused before any is judged. */
export async function readSheetRows(bytes: Uint8Array, maxRows: number): Promise<SheetRow[]> {
  const book = await newWorkbook()
  try {
    await book.xlsx.load(Buffer.from(bytes) as never)
  } catch {
    throw invalidInput('表格无法读取，请确认是用 Excel 或 WPS 保存的 .xlsx 文件')
  }
  const sheet = book.worksheets[0]
  if (!sheet) throw invalidInput('表格里没有工作表')
  if (sheet.actualRowCount > maxRows + 10) throw invalidInput(`一次最多导入 ${maxRows} 行，请分成几个文件导入`)
  const rows: SheetRow[] = []
  sheet.eachRow({ includeEmpty: false }, (r, n) => {
    const values = Array.isArray(r.values) ? r.values.slice(1) : []
    rows.push({ row: n, cells: values.map(cellText) })
  })
  return rows
}

export interface SheetSpec {
  name: string
  columns: Array<{ header: string; key: string; width?: number }>
  rows: Array<Record<string, string | number | null>>
}

/** Writes a workbook, one sheet per spec (header row bold and frozen), and stores it for its owner. */
export async function saveWorkbook(
  platform: Platform,
  ownerId: string,
  sheets: SheetSpec[],
): Promise<{ fileId: string; bytes: number }> {
  const book = await newWorkbook()
  book.created = platform.clock.now()
  for (const spec of sheets) {
    const sheet = book.addWorksheet(spec.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] })
    sheet.columns = spec.columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? 14 }))
    sheet.getRow(1).font = { bold: true }
    sheet.addRows(spec.rows)
  }
  const bytes = new Uint8Array(await book.xlsx.writeBuffer())
  const stored = await platform.files.put(bytes, { mime: XLSX_MIME, ownerId })
  return { fileId: stored.fileId, bytes: bytes.byteLength }
}
