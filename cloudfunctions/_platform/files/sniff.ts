/** Image types accepted for photos, recognised by their magic bytes (never by the claimed type). */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024

const SIGNATURES: Array<{ mime: string; ext: string; test: (b: Uint8Array) => boolean }> = [
  { mime: 'image/jpeg', ext: 'jpg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    mime: 'image/png',
    ext: 'png',
    test: (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b[i] === v),
  },
  { mime: 'image/gif', ext: 'gif', test: (b) => ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a' },
  { mime: 'image/webp', ext: 'webp', test: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP' },
]

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to))
}

export function sniffImage(bytes: Uint8Array): { mime: string; ext: string } | null {
  const hit = SIGNATURES.find((s) => bytes.length >= 12 && s.test(bytes))
  return hit ? { mime: hit.mime, ext: hit.ext } : null
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * An .xlsx workbook (a roster): a ZIP archive (local header `PK\x03\x04`) whose entries name the
 * package's content types and a workbook. Other ZIPs (and .xls, .csv) are not.
 */
export function sniffSpreadsheet(bytes: Uint8Array): { mime: string; ext: string } | null {
  if (bytes.length < 30 || !(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    return null
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return text.includes('[Content_Types].xml') && text.includes('xl/workbook.xml')
    ? { mime: XLSX_MIME, ext: 'xlsx' }
    : null
}
