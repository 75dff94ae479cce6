/**
 * The face of a certificate (its wording and GB/T 36903 metadata) and the exact bytes that are
 * hashed and signed. Pure: dates, names and numbers come in.
 */
import type { FaceData } from '../../../types/certificate'
import { chinaParts } from '../../../types/china-time'

/** Fills {placeholders} of a type's template; an unknown placeholder stays visible, so a typo shows. */
export function fillTemplate(template: string, values: Readonly<Record<string, string | null | undefined>>): string {
  return template.replace(/\{(\w+)\}/g, (all, key: string) => {
    const v = values[key]
    return v === undefined || v === null ? all : v
  })
}

/** 'YYYY-MM-DD' of the China-local date. */
export function chinaDate(at: Date | string): string {
  const p = chinaParts(at)!
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`
}

/** The instant a certificate stops being valid: the end of the China day `days` after issue; null = 长期. */
export function validUntilOf(issuedAt: Date, days: number | null): string | null {
  if (days === null) return null
  const p = chinaParts(issuedAt)!
  const endOfDay = Date.UTC(p.year, p.month - 1, p.day + days + 1) - 8 * 3_600_000 - 1
  return new Date(endOfDay).toISOString()
}

export interface FaceInput {
  typeName: string
  typeCode: string
  serialNo: string
  identifier: string
  issuerName: string
  issuerUscc: string
  issuedAt: Date
  validUntil: string | null
  holderName: string
  idMasked: string | null
  purpose: string
  wording: string
  version: number
}

export function buildFace(f: FaceInput): FaceData {
  return {
    certificateName: f.typeName,
    certificateTypeCode: f.typeCode,
    certificateNumber: f.serialNo,
    certificateIdentifier: f.identifier,
    issuingAuthorityName: f.issuerName,
    issuingAuthorityCode: f.issuerUscc,
    issueDate: chinaDate(f.issuedAt),
    holderName: f.holderName,
    holderIdentityType: f.idMasked ? '111' : null,
    holderIdentity: f.idMasked,
    validFrom: chinaDate(f.issuedAt),
    validTo: f.validUntil ? chinaDate(f.validUntil) : '长期',
    purpose: f.purpose,
    content: f.wording,
    version: f.version,
  }
}

/** JSON with keys sorted at every level: the same face always gives the same bytes to hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
}

/** A certificate's status at `now`: a stored revoke or supersede wins; otherwise expired after validUntil. */
export function effectiveStatus(
  c: { status: 'valid' | 'revoked' | 'superseded'; validUntil: string | null },
  now: Date,
): 'valid' | 'expired' | 'revoked' | 'superseded' {
  if (c.status !== 'valid') return c.status
  return c.validUntil !== null && Date.parse(c.validUntil) < now.getTime() ? 'expired' : 'valid'
}
