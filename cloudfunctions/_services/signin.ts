/**
 * Self-hosted sign-in: residents by WeChat code (through the WeChat API port), staff by password.
 * Credentials live in `logins`, apart from the user document:
 * - `pw:<account>`  { kind: 'password', userId, hash, failures, lockedUntil, temporary?, temporaryUsed? }
 * - `wx:<sha256(openid)>` { kind: 'wechat', userId }: one user per openid, even when two logins race.
 * The openid is stored once, on the user; user ids are opaque.
 */
import { createHash, randomUUID } from 'node:crypto'
import { type Caller, User } from '../../types/identity'
import {
  type AttemptState,
  afterFailure,
  afterSuccess,
  isLocked,
  mayResetPassword,
  normalizeAccount,
  passwordWeakness,
} from '../_core/signin'
import { isActiveUser } from '../_platform/identity/caller'
import { dummyHash, hashPassword, temporaryPassword, verifyPassword } from '../_platform/identity/password-hash'
import { AppError, forbidden, invalidInput, notFound, rateLimited, unauthenticated } from '../_platform/kit/errors'
import type { Platform } from '../_platform/ports'
import { isStoreConflict, type StoredDoc } from '../_platform/store/port'
import { isWechatApiError } from '../_platform/wechat/port'

interface PasswordLogin extends StoredDoc {
  kind: 'password'
  userId: string
  account: string
  hash: string
  failures: number
  lockedUntil?: string | null
  /** set by an admin reset: good for one sign-in, then it must be changed */
  temporary?: boolean
  temporaryUsed?: boolean
}

interface WechatLogin extends StoredDoc {
  kind: 'wechat'
  userId: string
}

type UserDoc = User & StoredDoc

/** one message for an unknown account, a wrong password and a used temporary password */
const BAD_LOGIN = '账号或密码错误'

const wxKey = (openid: string) => `wx:${createHash('sha256').update(openid).digest('hex')}`
const pwKey = (account: string) => `pw:${normalizeAccount(account)}`

function wechatOf(platform: Platform) {
  if (!platform.wechat) {
    throw new AppError('FORBIDDEN', '本服务器未配置微信登录（需设置 XIAOBEI_WECHAT_APPID 和 XIAOBEI_WECHAT_SECRET）')
  }
  return platform.wechat
}

/** WeChat's refusals as the envelope's errors; nothing of the request (secret, token) is repeated */
function fromWechat(error: unknown): never {
  if (isWechatApiError(error)) {
    if (error.badCode) throw unauthenticated('微信登录凭证无效或已过期，请重新登录')
    if (error.rateLimited) throw rateLimited('微信接口调用过于频繁，请稍后再试')
    console.warn(`[signin] WeChat ${error.api} refused: errcode ${error.errCode}`)
    throw new AppError('INTERNAL', '微信服务暂时不可用，请稍后再试')
  }
  throw error
}

/** `wx.login` code → the user with that openid, created on first sign-in as a resident. */
export async function signInWithWechat(platform: Platform, code: string): Promise<User> {
  const wechat = wechatOf(platform)
  const session = await wechat.codeToSession(code).catch(fromWechat)
  const logins = platform.store.collection<WechatLogin>('logins')
  const users = platform.store.collection<UserDoc>('users')
  const key = wxKey(session.openid)
  const known = await logins.get(key)
  if (!known) {
    const userId = `u-${randomUUID()}`
    try {
      await platform.store.transaction(async (tx) => {
        await tx.collection<WechatLogin>('logins').insert({ _id: key, kind: 'wechat', userId })
        await tx
          .collection<UserDoc>('users')
          .insert({ _id: userId, kind: 'resident', name: '居民', scopes: [], openid: session.openid })
      })
    } catch (error) {
      if (!isStoreConflict(error)) throw error // a simultaneous first sign-in made the user: use theirs
    }
  }
  const login = known ?? (await logins.get(key))
  const doc = login ? await users.get(login.userId) : null
  if (!doc) throw new AppError('INTERNAL')
  if (!isActiveUser(doc)) throw forbidden('该账号已停用或已注销')
  return User.parse(doc)
}

async function attemptsRecord(platform: Platform, id: string, changes: Partial<PasswordLogin>, version: number) {
  try {
    await platform.store.collection<PasswordLogin>('logins').patch(id, changes, { expectedVersion: version })
    return true
  } catch (error) {
    if (isStoreConflict(error)) return false
    throw error
  }
}

/** account + password → the staff user; 5 wrong passwords lock the account for 15 minutes. */
export async function signInWithPassword(
  platform: Platform,
  account: string,
  password: string,
): Promise<{ user: User; mustChangePassword: boolean }> {
  const logins = platform.store.collection<PasswordLogin>('logins')
  for (let attempt = 0; attempt < 5; attempt++) {
    const now = platform.clock.now()
    const login = await logins.get(pwKey(account))
    if (login?.kind !== 'password') {
      await verifyPassword(password, await dummyHash())
      throw unauthenticated(BAD_LOGIN)
    }
    if (isLocked(login, now)) throw rateLimited('密码错误次数过多，账号已锁定 15 分钟，请稍后再试')
    const good = (await verifyPassword(password, login.hash)) && !(login.temporary && login.temporaryUsed)
    const state: AttemptState = good ? afterSuccess() : afterFailure(login, now)
    const changes: Partial<PasswordLogin> = { failures: state.failures, lockedUntil: state.lockedUntil ?? null }
    if (good && login.temporary) changes.temporaryUsed = true
    // a concurrent attempt changed the count: judge again on the fresh record
    if (!(await attemptsRecord(platform, login._id, changes, login._v))) continue
    if (!good) {
      if (isLocked(state, now)) throw rateLimited('密码错误次数过多，账号已锁定 15 分钟，请稍后再试')
      throw unauthenticated(BAD_LOGIN)
    }
    const doc = await platform.store.collection<UserDoc>('users').get(login.userId)
    if (!doc || !isActiveUser(doc)) throw unauthenticated(BAD_LOGIN)
    return { user: User.parse(doc), mustChangePassword: Boolean(login.temporary) }
  }
  throw rateLimited('登录请求过于频繁，请稍后再试')
}

async function passwordLoginOf(platform: Platform, userId: string): Promise<PasswordLogin | null> {
  const page = await platform.store
    .collection<PasswordLogin>('logins')
    .find({ where: { userId, kind: 'password' }, limit: 1 })
  return page.items[0] ?? null
}

export async function changePassword(platform: Platform, caller: Caller, old: string, next: string): Promise<void> {
  const login = await passwordLoginOf(platform, caller.userId)
  if (!login) throw forbidden('该账号没有设置密码，请联系管理员重置')
  const now = platform.clock.now()
  if (isLocked(login, now)) throw rateLimited('密码错误次数过多，账号已锁定 15 分钟，请稍后再试')
  if (!(await verifyPassword(old, login.hash))) {
    const state = afterFailure(login, now)
    await attemptsRecord(
      platform,
      login._id,
      { failures: state.failures, lockedUntil: state.lockedUntil ?? null },
      login._v,
    )
    throw invalidInput('原密码不正确')
  }
  const weak = passwordWeakness(next, { account: login.account, old })
  if (weak) throw invalidInput(weak)
  await platform.store
    .collection<PasswordLogin>('logins')
    .patch(
      login._id,
      { hash: await hashPassword(next), failures: 0, lockedUntil: null, temporary: false, temporaryUsed: false },
      { expectedVersion: login._v },
    )
}

/**
 * An admin gives a staff member in their scope a one-time temporary password (shown once, stored
 * only as a hash). A staff member without a password gets one, with their user id as the account.
 */
export async function resetPassword(
  platform: Platform,
  admin: Caller,
  userId: string,
): Promise<{ account: string; temporaryPassword: string }> {
  const target = await platform.store.collection<UserDoc>('users').get(userId)
  if (!target || !isActiveUser(target)) throw notFound('没有这个工作人员')
  const gridIds = target.scopes.filter((s) => s.role === 'grid_worker').map((s) => s.orgId)
  const grids = new Map<string, string>()
  for (const id of gridIds) {
    const place = await platform.store.collection('places').get(id)
    if (typeof place?.communityId === 'string') grids.set(id, place.communityId)
  }
  if (!mayResetPassword(admin, { userId: target._id, kind: target.kind, scopes: target.scopes }, (g) => grids.get(g))) {
    throw forbidden('无权重置该工作人员的密码')
  }
  const secret = temporaryPassword()
  const hash = await hashPassword(secret)
  const fields = { hash, failures: 0, lockedUntil: null, temporary: true, temporaryUsed: false }
  const existing = await passwordLoginOf(platform, target._id)
  if (existing) {
    await platform.store.collection<PasswordLogin>('logins').patch(existing._id, fields)
    return { account: existing.account, temporaryPassword: secret }
  }
  const account = normalizeAccount(target._id)
  await platform.store
    .collection<PasswordLogin>('logins')
    .insert({ _id: pwKey(account), kind: 'password', userId: target._id, account, ...fields })
  return { account, temporaryPassword: secret }
}
