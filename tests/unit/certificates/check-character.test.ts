import { isValidMod37_36, mod37_36 } from '../../../cloudfunctions/_core/certificates'

describe('ISO 7064 MOD 37,36', () => {
  test.each([
    // the standard's published example (also python-stdnum's iso7064.mod_37_36)
    ['A12425GABC1234002', 'M'],
  ])('%s → %s', (body, check) => {
    expect(mod37_36(body)).toBe(check)
    expect(isValidMod37_36(body + check)).toBe(true)
  })

  const body = 'JZZM55150303MEB000001A202600004201'
  const valid = body + mod37_36(body)

  test('a computed check character validates', () => {
    expect(isValidMod37_36(valid)).toBe(true)
  })

  test.each([
    ['a substituted character', (s: string) => `${s.slice(0, 3)}${s[3] === 'A' ? 'B' : 'A'}${s.slice(4)}`],
    ['two adjacent characters swapped', (s: string) => `${s.slice(0, 12)}${s[13]}${s[12]}${s.slice(14)}`],
    ['a changed check character', (s: string) => `${s.slice(0, -1)}${s.endsWith('0') ? '1' : '0'}`],
  ])('detects %s', (_name, tamper) => {
    const bad = tamper(valid)
    expect(bad).not.toBe(valid)
    expect(isValidMod37_36(bad)).toBe(false)
  })

  test('every single-character substitution of the body is caught', () => {
    const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
    let tried = 0
    for (let i = 0; i < body.length; i++) {
      for (const ch of alphabet) {
        if (ch === valid[i]) continue
        tried++
        expect(isValidMod37_36(valid.slice(0, i) + ch + valid.slice(i + 1))).toBe(false)
      }
    }
    expect(tried).toBe(body.length * 35)
  })

  test.each(['', 'A', 'abc', 'A1-2', 'A12425GABC1234002m'])('refuses malformed %p', (text) => {
    expect(isValidMod37_36(text)).toBe(false)
  })
})
