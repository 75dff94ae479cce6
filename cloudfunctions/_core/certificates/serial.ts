/**
 * Serial numbers and verify tokens. A serial is `{issuer code}-{YYYY}-{type}-{seq6}`: gap-free per
 * issuer per year, from the counter `cert-{issuer}-{YYYY}` taken inside the issuing transaction. A
 * verify token is 12 characters of base32 (RFC 4648), short enough for a mini-program code's
 * `scene`, and carries no data. Pure: the random bytes come in.
 */
import { chinaParts } from '../../../types/china-time'

const ISSUER = /^[A-Z0-9]{2,12}$/

export function issueYear(at: Date): number {
  return chinaParts(at)!.year
}

/** The counter document of one issuer's serials in one (China) year. */
export function serialCounterKey(issuerCode: string, year: number): string {
  return `cert-${issuerCode}-${year}`
}

export function formatSerialNo(issuerCode: string, year: number, typeCode: string, seq: number): string {
  if (!ISSUER.test(issuerCode)) throw new RangeError('出证单位简码须为2–12位大写字母或数字')
  return `${issuerCode}-${year}-${typeCode}-${String(seq).padStart(6, '0')}`
}

export function parseSerialNo(
  serial: string,
): { issuerCode: string; year: number; typeCode: string; seq: number } | null {
  const m = /^([A-Z0-9]{2,12})-(\d{4})-([A-Z][A-Z0-9]{1,11})-(\d{6,})$/.exec(serial)
  return m ? { issuerCode: m[1], year: Number(m[2]), typeCode: m[3], seq: Number(m[4]) } : null
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
export const VERIFY_TOKEN_LENGTH = 12
export const VERIFY_TOKEN_PATTERN = /^[A-Z2-7]{10,12}$/

/** 12 base32 characters from at least 8 random bytes (60 bits used). */
export function verifyTokenOf(bytes: Uint8Array): string {
  if (bytes.length < 8) throw new RangeError('核验码需要至少8字节随机数')
  let bits = 0
  let value = 0
  let out = ''
  for (const b of bytes) {
    value = (value << 8) | b
    bits += 8
    while (bits >= 5 && out.length < VERIFY_TOKEN_LENGTH) {
      out += BASE32[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
    value &= (1 << bits) - 1
  }
  return out
}

export const isVerifyToken = (token: string): boolean => VERIFY_TOKEN_PATTERN.test(token)

/** The stored id of the certificate a token names: a verification is one read by id. */
export const certificateIdOf = (token: string) => `ce-${token}`
