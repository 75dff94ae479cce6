/**
 * Password sign-in rules, pure: the lockout after repeated failures (the clock is an argument)
 * and what a new password must be.
 */

export const MAX_FAILURES = 5
export const LOCK_MS = 15 * 60_000
export const MIN_PASSWORD_LENGTH = 8

export interface AttemptState {
  /** failures since the last success or the last lock */
  failures: number
  /** ISO time until which the account is locked */
  lockedUntil?: string | null
}

export function isLocked(state: AttemptState, now: Date): boolean {
  return Boolean(state.lockedUntil) && now.getTime() < Date.parse(state.lockedUntil as string)
}

/** The state after a wrong password: the fifth failure in a row locks the account for 15 minutes. */
export function afterFailure(state: AttemptState, now: Date): AttemptState {
  const failures = (isLocked(state, now) ? 0 : state.failures) + 1
  if (failures >= MAX_FAILURES) return { failures: 0, lockedUntil: new Date(now.getTime() + LOCK_MS).toISOString() }
  return { failures, lockedUntil: null }
}

export function afterSuccess(): AttemptState {
  return { failures: 0, lockedUntil: null }
}

const COMMON = new Set([
  'password',
  'password1',
  'passw0rd',
  'qwertyui',
  'qwerty123',
  'abc12345',
  'abcd1234',
  '1qaz2wsx',
  'iloveyou',
  'admin123',
  'admin888',
  'woaini1314',
  'a1234567',
  'aa123456',
  'xiaobei123',
])

/** Why a new password is refused, in Chinese; null when it is acceptable. */
export function passwordWeakness(password: string, context: { account?: string; old?: string } = {}): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `密码至少 ${MIN_PASSWORD_LENGTH} 位`
  if (password.length > 128) return '密码不能超过 128 位'
  if (/\s/.test(password)) return '密码不能包含空格'
  const lower = password.toLowerCase()
  if (new Set(lower).size <= 2) return '密码过于简单：重复的字符太多'
  if (isRun(lower)) return '密码过于简单：不能是连续的字符'
  if (COMMON.has(lower)) return '密码过于简单：这是常见密码'
  const kinds = [/[a-z]/i, /[0-9]/, /[^a-z0-9]/i].filter((re) => re.test(password)).length
  if (kinds < 2) return '密码需包含字母、数字、符号中的至少两类'
  if (context.account && lower.includes(context.account.toLowerCase())) return '密码不能包含账号'
  if (context.old !== undefined && password === context.old) return '新密码不能与旧密码相同'
  return null
}

/** 12345678, 87654321, abcdefgh … */
function isRun(s: string): boolean {
  const codes = [...s].map((c) => c.charCodeAt(0))
  const steps = new Set(codes.slice(1).map((c, i) => c - codes[i]))
  return steps.size === 1 && (steps.has(1) || steps.has(-1))
}

/** An account name as stored: trimmed and lower-case. */
export function normalizeAccount(account: string): string {
  return account.trim().toLowerCase()
}

export interface ScopeLike {
  role: string
  orgId: string
}

/**
 * Whether an admin may reset a staff member's password: a street admin resets any staff member;
 * a community admin the grid workers of its grids and the grid leaders of its community; a property
 * manager the property staff of its company. Every one of the target's scopes must be covered, and
 * nobody resets their own (that is a password change).
 */
export function mayResetPassword(
  admin: { userId: string; scopes: readonly ScopeLike[] },
  target: { userId: string; kind: string; scopes: readonly ScopeLike[] },
  communityOfGrid: (gridId: string) => string | undefined,
): boolean {
  if (target.kind !== 'staff' || target.scopes.length === 0 || admin.userId === target.userId) return false
  if (admin.scopes.some((s) => s.role === 'street_admin')) return true
  const covered = (t: ScopeLike) =>
    admin.scopes.some((a) => {
      if (a.role === 'community_admin') {
        if (t.role === 'grid_leader') return t.orgId === a.orgId
        if (t.role === 'grid_worker') return communityOfGrid(t.orgId) === a.orgId
        return false
      }
      if (a.role === 'property_manager') return t.role === 'property_staff' && t.orgId === a.orgId
      return false
    })
  return target.scopes.every(covered)
}
