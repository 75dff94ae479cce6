/**
 * The e-certificate identifier in the shape of GB/T 36904: type code + issuer code (the issuing
 * body's 18-character 统一社会信用代码) + serial (year and a 6-digit sequence) + version (2 digits)
 * + an ISO 7064 MOD 37,36 check character. The type code is variable (2–12 characters), so the
 * identifier is read from its end. Parsing validates the check character. Pure.
 */
import { isValidMod37_36, mod37_36 } from './check-character'

export interface IdentifierParts {
  typeCode: string
  issuerUscc: string
  year: number
  seq: number
  version: number
}

const TYPE = /^[A-Z][A-Z0-9]{1,11}$/
const USCC = /^[0-9A-Z]{18}$/

export function formatIdentifier(p: IdentifierParts): string {
  if (!TYPE.test(p.typeCode)) throw new RangeError('类型代码格式有误')
  if (!USCC.test(p.issuerUscc)) throw new RangeError('出证单位代码须为18位统一社会信用代码')
  if (!Number.isInteger(p.year) || p.year < 2000 || p.year > 9999) throw new RangeError('年份有误')
  if (!Number.isInteger(p.seq) || p.seq < 1 || p.seq > 999_999) throw new RangeError('顺序号超出范围')
  if (!Number.isInteger(p.version) || p.version < 1 || p.version > 99) throw new RangeError('版本号超出范围')
  const body = `${p.typeCode}${p.issuerUscc}${p.year}${String(p.seq).padStart(6, '0')}${String(p.version).padStart(2, '0')}`
  return body + mod37_36(body)
}

/** The parts of a well-formed identifier; null when its shape or check character is wrong. */
export function parseIdentifier(text: string): IdentifierParts | null {
  const id = text.trim().toUpperCase()
  // check 1 + version 2 + seq 6 + year 4 + uscc 18 = 31, plus a type code of 2–12
  if (id.length < 33 || id.length > 43 || !isValidMod37_36(id)) return null
  const body = id.slice(0, -1)
  const version = Number(body.slice(-2))
  const seq = Number(body.slice(-8, -2))
  const year = Number(body.slice(-12, -8))
  const issuerUscc = body.slice(-30, -12)
  const typeCode = body.slice(0, -30)
  if (!TYPE.test(typeCode) || !USCC.test(issuerUscc)) return null
  if (!/^\d{12}$/.test(body.slice(-12)) || version < 1 || seq < 1) return null
  return { typeCode, issuerUscc, year, seq, version }
}
