/**
 * The Ed25519 signer and AES-256-GCM cipher behind the Signer and FieldCipher ports, with the face's
 * canonical bytes: a signature verifies, and any change to the face, the hash or the key fails.
 */
import { randomBytes } from 'node:crypto'
import { buildFace, canonicalJson, effectiveStatus, validUntilOf } from '../../../cloudfunctions/_core/certificates'
import {
  certificateKeys,
  createAesGcmCipher,
  createEd25519Signer,
} from '../../../cloudfunctions/_platform/signing/ed25519'
import { idNumberCheck, isIdNumber, maskIdNumber, maskName } from '../../../types/id-number'

const face = buildFace({
  typeName: '居住证明',
  typeCode: 'JZZM',
  serialNo: 'HBBY-2026-JZZM-000001',
  identifier: 'X',
  issuerName: '海北街道北苑社区居民委员会',
  issuerUscc: '55150303MEB000001A',
  issuedAt: new Date('2026-12-01T02:00:00Z'),
  validUntil: validUntilOf(new Date('2026-12-01T02:00:00Z'), 90),
  holderName: '王秀兰',
  idMasked: '1503**********0012',
  purpose: '入学',
  wording: '兹证明王秀兰……',
  version: 1,
})

describe('signatures', () => {
  const signer = createEd25519Signer(randomBytes(32))

  test('a signature of the face verifies under its key', async () => {
    const hash = signer.hash(canonicalJson(face))
    const sig = await signer.sign(hash)
    expect(await signer.verify(hash, sig, signer.keyId)).toBe(true)
    expect(signer.publicKeys()[0]).toMatchObject({ keyId: signer.keyId, algorithm: 'Ed25519' })
    expect(signer.publicKeys()[0].publicKeyPem).toContain('BEGIN PUBLIC KEY')
  })

  test('a changed face, a forged signature, another key: all fail', async () => {
    const hash = signer.hash(canonicalJson(face))
    const sig = await signer.sign(hash)
    const changed = signer.hash(canonicalJson({ ...face, holderName: '王秀芳' }))
    expect(changed).not.toBe(hash)
    expect(await signer.verify(changed, sig, signer.keyId)).toBe(false)
    const flipped = Buffer.from(sig, 'base64')
    flipped[0] ^= 1
    expect(await signer.verify(hash, flipped.toString('base64'), signer.keyId)).toBe(false)
    const other = createEd25519Signer(randomBytes(32))
    expect(await other.verify(hash, sig, signer.keyId)).toBe(false)
    expect(await signer.verify(hash, sig, 'ed25519-unknown')).toBe(false)
  })

  test('canonical JSON does not depend on key order', () => {
    const reversed = Object.fromEntries(Object.entries(face).reverse())
    expect(canonicalJson(reversed)).toBe(canonicalJson(face))
  })

  test('the same seed gives the same key (a deployment keeps verifying old certificates)', () => {
    const seed = randomBytes(32).toString('hex')
    expect(certificateKeys({ signingKey: seed }).signer!.keyId).toBe(
      certificateKeys({ signingKey: seed }).signer!.keyId,
    )
    expect(() => certificateKeys({ signingKey: 'short' })).toThrow('32字节')
    expect(certificateKeys({})).toEqual({})
  })
})

describe('field encryption', () => {
  const cipher = createAesGcmCipher(randomBytes(32))
  const id = `15030219800101001${idNumberCheck('15030219800101001')}`

  test('round trip, a fresh IV each time, no plaintext in the sealed text', () => {
    const a = cipher.encrypt(id)
    const b = cipher.encrypt(id)
    expect(a).not.toBe(b)
    expect(a).not.toContain(id)
    expect(cipher.decrypt(a)).toBe(id)
    expect(cipher.fingerprint(id)).toBe(cipher.fingerprint(id))
    expect(cipher.fingerprint(id)).not.toContain(id)
  })

  test('a tampered sealed text is refused', () => {
    const sealed = cipher.encrypt(id)
    const parts = sealed.split(':')
    const body = Buffer.from(parts[3], 'base64url')
    body[0] ^= 1
    parts[3] = body.toString('base64url')
    expect(() => cipher.decrypt(parts.join(':'))).toThrow()
  })
})

describe('ID numbers and names', () => {
  test.each([
    [`11010519491231002${idNumberCheck('11010519491231002')}`, true],
    ['110105194912310021', isIdNumber('110105194912310021')],
    ['11010519491231002', false],
    ['1101051949123100AB', false],
  ])('%s valid: %p', (id, ok) => {
    expect(isIdNumber(id)).toBe(ok)
  })

  test('a wrong check character is refused', () => {
    const first = '11010519491231002'
    const right = idNumberCheck(first)
    const wrong = right === '0' ? '1' : '0'
    expect(isIdNumber(first + right)).toBe(true)
    expect(isIdNumber(first + wrong)).toBe(false)
  })

  test.each([
    ['王秀兰', '王*兰'],
    ['李明', '李*'],
    ['欧阳小锋', '欧**锋'],
    ['张', '*'],
  ])('%s → %s', (name, masked) => {
    expect(maskName(name)).toBe(masked)
  })

  test('an ID number shows its first and last four only', () => {
    expect(maskIdNumber('150302198001010012')).toBe('1503**********0012')
  })
})

describe('status', () => {
  const until = '2026-12-31T15:59:59.999Z'
  test.each([
    ['valid', until, '2026-12-31T15:00:00Z', 'valid'],
    ['valid', until, '2026-12-31T16:00:00Z', 'expired'],
    ['valid', null, '2099-01-01T00:00:00Z', 'valid'],
    ['revoked', until, '2026-12-01T00:00:00Z', 'revoked'],
    ['superseded', until, '2027-06-01T00:00:00Z', 'superseded'],
  ] as const)('%s until %s at %s → %s', (status, validUntil, now, out) => {
    expect(effectiveStatus({ status, validUntil }, new Date(now))).toBe(out)
  })

  test('90 days from 12-01 (China) ends on 03-01 at midnight China time', () => {
    expect(validUntilOf(new Date('2026-12-01T02:00:00Z'), 90)).toBe('2027-03-01T15:59:59.999Z')
    expect(validUntilOf(new Date('2026-12-01T02:00:00Z'), null)).toBeNull()
  })
})
