/** Builds a roster .xlsx (房屋/人口底册) with exceljs and uploads it the way the admin page does. */
import ExcelJS from 'exceljs'
import type { TestHost } from './test-host'

export const ROSTER_HEADER = ['楼栋', '单元', '房号', '姓名', '手机号']

export async function rosterXlsx(rows: unknown[][], header: string[] = ROSTER_HEADER): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('底册')
  sheet.addRow(header)
  for (const row of rows) sheet.addRow(row)
  return new Uint8Array(await book.xlsx.writeBuffer())
}

export async function upload(
  host: TestHost,
  token: string,
  bytes: Uint8Array,
  type = 'application/octet-stream',
): Promise<{ status: number; body: any }> {
  const res = await fetch(`${host.url}/api/_upload`, {
    method: 'POST',
    headers: { 'content-type': type, authorization: `Bearer ${token}` },
    body: Buffer.from(bytes),
  })
  return { status: res.status, body: await res.json() }
}

export async function uploadRoster(host: TestHost, token: string, rows: unknown[][], header?: string[]) {
  const { body } = await upload(host, token, await rosterXlsx(rows, header))
  if (!body.ok) throw new Error(`upload failed: ${JSON.stringify(body)}`)
  return body.data.fileId as string
}
