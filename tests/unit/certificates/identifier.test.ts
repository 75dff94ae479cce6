import {
  formatIdentifier,
  formatSerialNo,
  type IdentifierParts,
  isVerifyToken,
  parseIdentifier,
  parseSerialNo,
  serialCounterKey,
  verifyTokenOf,
} from '../../../cloudfunctions/_core/certificates'

const USCC = '55150303MEB000001A'

describe('GB/T 36904-shaped identifier', () => {
  test.each<IdentifierParts>([
    { typeCode: 'JZZM', issuerUscc: USCC, year: 2026, seq: 1, version: 1 },
    { typeCode: 'KN', issuerUscc: USCC, year: 2027, seq: 999_999, version: 99 },
    { typeCode: 'ABCDEFGHIJ12', issuerUscc: '11150303MB00000017', year: 2030, seq: 42, version: 2 },
  ])('round trip %o', (parts) => {
    const id = formatIdentifier(parts)
    expect(id).toMatch(/^[0-9A-Z]+$/)
    expect(id.length).toBe(parts.typeCode.length + 18 + 4 + 6 + 2 + 1)
    expect(parseIdentifier(id)).toEqual(parts)
    expect(parseIdentifier(id.toLowerCase())).toEqual(parts)
  })

  test('a tampered identifier does not parse', () => {
    const id = formatIdentifier({ typeCode: 'JZZM', issuerUscc: USCC, year: 2026, seq: 7, version: 1 })
    const seqAt = id.length - 1 - 2 - 1 // the last digit of the sequence
    const tampered = id.slice(0, seqAt) + (id[seqAt] === '8' ? '9' : '8') + id.slice(seqAt + 1)
    expect(parseIdentifier(tampered)).toBeNull()
    expect(parseIdentifier(id.slice(0, -1))).toBeNull()
    expect(parseIdentifier('')).toBeNull()
  })

  test.each([
    [{ typeCode: 'jz', issuerUscc: USCC, year: 2026, seq: 1, version: 1 }, '类型代码'],
    [{ typeCode: 'JZZM', issuerUscc: 'SHORT', year: 2026, seq: 1, version: 1 }, '统一社会信用代码'],
    [{ typeCode: 'JZZM', issuerUscc: USCC, year: 2026, seq: 0, version: 1 }, '顺序号'],
    [{ typeCode: 'JZZM', issuerUscc: USCC, year: 2026, seq: 1_000_000, version: 1 }, '顺序号'],
    [{ typeCode: 'JZZM', issuerUscc: USCC, year: 2026, seq: 1, version: 100 }, '版本号'],
  ])('refuses to format %o', (parts, message) => {
    expect(() => formatIdentifier(parts)).toThrow(message)
  })
})

describe('serial numbers', () => {
  test.each([
    ['HBBY', 2026, 'JZZM', 1, 'HBBY-2026-JZZM-000001'],
    ['HBNH', 2027, 'KNZM', 123456, 'HBNH-2027-KNZM-123456'],
  ])('%s %d %s #%d → %s', (issuer, year, type, seq, serial) => {
    expect(formatSerialNo(issuer, year, type, seq)).toBe(serial)
    expect(parseSerialNo(serial)).toEqual({ issuerCode: issuer, year, typeCode: type, seq })
  })

  test('one counter per issuer per year, whatever the type', () => {
    expect(serialCounterKey('HBBY', 2026)).toBe('cert-HBBY-2026')
    expect(serialCounterKey('HBBY', 2027)).not.toBe(serialCounterKey('HBBY', 2026))
  })

  test('a malformed issuer code is refused', () => {
    expect(() => formatSerialNo('hb', 2026, 'JZZM', 1)).toThrow('出证单位简码')
  })
})

describe('verify tokens', () => {
  test.each([
    [new Uint8Array(8), 'AAAAAAAAAAAA'],
    [new Uint8Array(8).fill(255), '777777777777'],
    [Uint8Array.from([0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde, 0xf0]), 'CI2FM6E2XTPP'],
  ])('%p → %s', (bytes, token) => {
    expect(verifyTokenOf(bytes)).toBe(token)
    expect(isVerifyToken(token)).toBe(true)
  })

  test.each(['', 'ABC', 'AAAAAAAAAAAAA', 'AAAAAAAAAA1A', 'aaaaaaaaaaaa'])('%p is not a token', (t) => {
    expect(isVerifyToken(t)).toBe(false)
  })

  test('fewer than 8 random bytes are refused', () => {
    expect(() => verifyTokenOf(new Uint8Array(7))).toThrow()
  })
})
