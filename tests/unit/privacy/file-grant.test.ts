import { checkFileGrant, FILE_GRANT_STEP_MS, FILE_GRANT_TTL_MS, fileGrant } from '../../../cloudfunctions/_core/privacy'

const KEY = 'k'.repeat(32)
const FILE = 'f_0123456789abcdef'
const T0 = Date.parse('2026-11-23T02:00:01Z')

describe('file grants', () => {
  const grant = fileGrant(KEY, FILE, T0)

  it.each([
    ['at once', FILE, grant, KEY, T0, 'ok'],
    ['just before the TTL ends', FILE, grant, KEY, T0 + FILE_GRANT_TTL_MS - 1, 'ok'],
    ['after TTL + one step', FILE, grant, KEY, T0 + FILE_GRANT_TTL_MS + FILE_GRANT_STEP_MS, 'expired'],
    ['a day later', FILE, grant, KEY, T0 + 86_400_000, 'expired'],
    ['for another file', 'f_0123456789abcdeg', grant, KEY, T0, 'invalid'],
    ['under another key', FILE, grant, 'x'.repeat(32), T0, 'invalid'],
    ['with the expiry pushed out', FILE, grant.replace(/^\d+/, (s) => String(Number(s) + 86_400)), KEY, T0, 'invalid'],
    ['with a flipped signature', FILE, grant.slice(0, -1) + (grant.endsWith('A') ? 'B' : 'A'), KEY, T0, 'invalid'],
    ['empty', FILE, '', KEY, T0, 'invalid'],
    ['garbage', FILE, 'not-a-grant', KEY, T0, 'invalid'],
  ])('a grant checked %s is %s', (_when, fileId, g, key, now, expected) => {
    expect(checkFileGrant(key, fileId, g, now)).toBe(expected)
  })

  it('one page gets the same URL for a while (the expiry is rounded up to a step)', () => {
    expect(fileGrant(KEY, FILE, T0 + 60_000)).toBe(grant)
    expect(fileGrant(KEY, FILE, T0 + FILE_GRANT_STEP_MS)).not.toBe(grant)
  })
})
