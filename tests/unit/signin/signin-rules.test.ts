import {
  afterFailure,
  afterSuccess,
  isLocked,
  LOCK_MS,
  mayResetPassword,
  passwordWeakness,
} from '../../../cloudfunctions/_core/signin'

const T0 = new Date('2026-11-23T02:00:00Z')
const at = (ms: number) => new Date(T0.getTime() + ms)

describe('lockout', () => {
  test('four failures do not lock; the fifth locks for 15 minutes; then the count starts again', () => {
    let state = afterSuccess()
    for (let i = 1; i <= 4; i++) {
      state = afterFailure(state, T0)
      expect(isLocked(state, T0)).toBe(false)
    }
    state = afterFailure(state, T0)
    expect(isLocked(state, T0)).toBe(true)
    expect(isLocked(state, at(LOCK_MS - 1))).toBe(true)
    expect(isLocked(state, at(LOCK_MS))).toBe(false)
    // after the lock ends, one more failure does not lock again at once
    expect(isLocked(afterFailure(state, at(LOCK_MS)), at(LOCK_MS))).toBe(false)
  })
})

describe('password strength', () => {
  it.each([
    ['short', 'Ab1!', true],
    ['digits in a run', '12345678', true],
    ['letters in a run', 'abcdefgh', true],
    ['one repeated character', 'aaaaaaaa', true],
    ['a common password', 'Password1', true],
    ['letters only', 'lampfixing', true],
    ['the account inside', 'gw-zhang-2026', true, { account: 'gw-zhang' }],
    ['the old password again', 'Lamp-fix-2026', true, { old: 'Lamp-fix-2026' }],
    ['with a space', 'Lamp fix 2026', true],
    ['letters and digits', 'lampfix2026', false],
    ['letters and a symbol', 'Lamp-fix-now', false],
  ] as Array<[string, string, boolean, { account?: string; old?: string }?]>)(
    '%s',
    (_label, password, weak, context = {}) => {
      expect(passwordWeakness(password, context) !== null).toBe(weak)
    },
  )
})

describe('who may reset a password', () => {
  const grids: Record<string, string> = { 'gd-a-1': 'cm-a', 'gd-b-1': 'cm-b' }
  const of = (g: string) => grids[g]
  const staff = (userId: string, role: string, orgId: string) => ({ userId, kind: 'staff', scopes: [{ role, orgId }] })
  it.each([
    ['street admin → anyone on staff', staff('a', 'street_admin', 'st'), staff('t', 'community_admin', 'cm-a'), true],
    [
      'community admin → a grid worker of its grid',
      staff('a', 'community_admin', 'cm-a'),
      staff('t', 'grid_worker', 'gd-a-1'),
      true,
    ],
    [
      'community admin → a grid worker elsewhere',
      staff('a', 'community_admin', 'cm-a'),
      staff('t', 'grid_worker', 'gd-b-1'),
      false,
    ],
    [
      'community admin → its grid leader',
      staff('a', 'community_admin', 'cm-a'),
      staff('t', 'grid_leader', 'cm-a'),
      true,
    ],
    [
      'community admin → another community admin',
      staff('a', 'community_admin', 'cm-a'),
      staff('t', 'community_admin', 'cm-a'),
      false,
    ],
    [
      'property manager → its staff',
      staff('a', 'property_manager', 'pc-1'),
      staff('t', 'property_staff', 'pc-1'),
      true,
    ],
    [
      'property manager → another company',
      staff('a', 'property_manager', 'pc-1'),
      staff('t', 'property_staff', 'pc-2'),
      false,
    ],
    ['anyone → themselves', staff('a', 'street_admin', 'st'), staff('a', 'street_admin', 'st'), false],
    [
      'street admin → a resident',
      staff('a', 'street_admin', 'st'),
      { userId: 't', kind: 'resident', scopes: [] },
      false,
    ],
    [
      'a scope outside the admin is enough to refuse',
      staff('a', 'property_manager', 'pc-1'),
      {
        userId: 't',
        kind: 'staff',
        scopes: [
          { role: 'property_staff', orgId: 'pc-1' },
          { role: 'grid_worker', orgId: 'gd-a-1' },
        ],
      },
      false,
    ],
  ])('%s', (_label, admin, target, allowed) => {
    expect(mayResetPassword(admin, target, of)).toBe(allowed)
  })
})
