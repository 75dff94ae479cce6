/**
 * The local and self-hosted platform: PGlite (or PostgreSQL by URL), files on disk, notifications
 * to the outbox, keyword content checks, signed-token identity. Built once per process by the
 * local host (or by a bundle run on its own) from explicit options.
 */
import { createHmac, randomBytes } from 'node:crypto'
import { chmodSync, existsSync, lstatSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { createKeywordContentCheck } from '../content-check/keywords'
import { createDiskFiles } from '../files/disk'
import { cjkFontFrom, DEFAULT_LOCAL_CJK_FONT } from '../fonts/cjk-font'
import { createLocalIdentity } from '../identity/local-token'
import { createOutboxNotify } from '../notify/outbox'
import { createSubscribeMessageNotify, templatesFromEnv } from '../notify/subscribe-message'
import type { Clock, Platform } from '../ports'
import { certificateKeys } from '../signing/ed25519'
import { createStoreFromUrl } from '../store'
import type { Store } from '../store/port'
import { createSelfHostedContentCheck, openApiOf } from '../wechat/bridges'
import { createWechatHttpApi } from '../wechat/http'
import { type WechatConfig, wechatConfigFromEnv } from '../wechat/port'
import { systemClock } from './clock'

export interface LocalPlatformOptions {
  /** 'pglite:memory', 'pglite:<dir>' or 'postgres://…'; default pglite in `<dataDir>/pglite` */
  storeUrl?: string
  /** default `.data` under the working directory */
  dataDir?: string
  /** token signing secret; default kept in `<dataDir>/secret` (random per process in memory mode) */
  secret?: string
  clock?: Clock
  /** wraps the store every adapter uses (tests and the bench count store operations this way) */
  wrapStore?: (store: Store) => Store
  /** an already open store to use instead of opening `storeUrl` (tests that reach below the port) */
  store?: Store
  /** demo personas (auth.devLogin); default `demoLoginFor(storeUrl)` */
  demo?: boolean
  /** the WeChat API (wxLogin, msg_sec_check, subscribe send); default from XIAOBEI_WECHAT_*, null: off */
  wechat?: WechatConfig | null
  /** certificate signing seed and data key (hex or base64); default XIAOBEI_SIGNING_KEY / XIAOBEI_DATA_KEY, else derived from `secret` */
  signingKey?: string
  dataKey?: string
}

/**
 * Demo login is on only when XIAOBEI_DEMO=1; unset, it is on only for an embedded `pglite:` store
 * (a developer's machine). A `postgres://` store is a deployment: no demo login unless asked for.
 */
export function demoLoginFor(storeUrl: string, flag: string | undefined = process.env.XIAOBEI_DEMO): boolean {
  if (flag !== undefined && flag !== '') return flag === '1'
  return storeUrl.startsWith('pglite:')
}

/** The local platform, plus the data-dir lock when it holds one (PGlite on disk). */
export type LocalPlatform = Platform & { lock: DataDirLock | null }

export async function createLocalPlatform(options: LocalPlatformOptions = {}): Promise<LocalPlatform> {
  const dataDir = path.resolve(options.dataDir ?? '.data')
  const storeUrl = options.storeUrl ?? `pglite:${path.join(dataDir, 'pglite')}`
  const inMemory = storeUrl === 'pglite:memory' || options.store !== undefined
  const clock = options.clock ?? systemClock
  const now = () => clock.now()
  if (!inMemory) await mkdir(dataDir, { recursive: true, mode: 0o700 })
  const lock = storeUrl.startsWith('pglite:') && !inMemory ? await takeDataDirLock(dataDir) : null
  const raw = options.store ?? (await createStoreFromUrl(storeUrl))
  await raw.migrate()
  const store = options.wrapStore ? options.wrapStore(raw) : raw
  const secret = options.secret ?? (inMemory ? randomBytes(32).toString('hex') : await secretIn(dataDir))
  // residents' data: whatever created the files (PGlite's initdb, an older version), owner-only
  if (!inMemory) tightenPermissions(dataDir)
  const files = createDiskFiles({
    dir: path.join(dataDir, inMemory ? `uploads-mem-${process.pid}` : 'uploads'),
    store,
    now,
    // photo URL grants use a key of their own, derived from the token secret
    grantKey: createHmac('sha256', secret).update('xiaobei:file-grants').digest(),
  })
  const localCheck = createKeywordContentCheck({ files })
  const wechatConfig = options.wechat === undefined ? wechatConfigFromEnv() : options.wechat
  // with WeChat credentials: msg_sec_check and subscribe messages; without: keyword checks and the outbox
  const wechat = wechatConfig ? createWechatHttpApi({ ...wechatConfig, now }) : undefined
  return {
    runtime: 'local',
    store,
    files,
    notify: wechat
      ? createSubscribeMessageNotify({
          store,
          now,
          openapi: async () => openApiOf(wechat),
          templates: templatesFromEnv(process.env.XIAOBEI_SUBSCRIBE_TEMPLATES),
          openidOf: async (userId) => {
            const user = await store.collection('users').get(userId)
            return typeof user?.openid === 'string' ? user.openid : undefined
          },
        })
      : createOutboxNotify({ store, now }),
    contentCheck: wechat ? createSelfHostedContentCheck({ wechat, local: localCheck, files, store }) : localCheck,
    clock,
    identity: createLocalIdentity({ store, secret, now }),
    demoLogin: options.demo ?? demoLoginFor(storeUrl),
    ...(wechat ? { wechat } : {}),
    ...certificateKeys({
      signingKey: options.signingKey ?? process.env.XIAOBEI_SIGNING_KEY,
      dataKey: options.dataKey ?? process.env.XIAOBEI_DATA_KEY,
      secret,
    }),
    cjkFont: cjkFontFrom(process.env.XIAOBEI_CJK_FONT || DEFAULT_LOCAL_CJK_FONT),
    lock,
  }
}

async function secretIn(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'secret')
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim()
  const secret = randomBytes(32).toString('hex')
  await writeFile(file, secret, { mode: 0o600 })
  return secret
}

/** Removes group and other permissions from everything under `dir` (0700 folders, 0600 files). */
export function tightenPermissions(dir: string): void {
  const visit = (target: string) => {
    const stat = lstatSync(target)
    if (stat.isSymbolicLink()) return
    if ((stat.mode & 0o077) !== 0) chmodSync(target, stat.isDirectory() ? 0o700 : stat.mode & 0o700)
    if (stat.isDirectory()) for (const name of readdirSync(target)) visit(path.join(target, name))
  }
  visit(dir)
}

/**
 * PGlite is one process's database: a second process opening the same directory would corrupt it.
 * The lock file records who holds it: the pid, the process's start time (Linux), a random token,
 * and the port once the host listens (`announce`). A lock blocks a start only while its holder is
 * that very process: a pid reused by an unrelated process after a crash or a reboot does not count.
 */
export interface DataDirLock {
  /** this holder's random token; the host answers it at /healthz */
  readonly token: string
  /** records the port the host listens on */
  announce(port: number): void
  /** gives the data dir up (also done when the process exits) */
  release(): void
}

interface LockRecord {
  pid: number
  token?: string
  /** /proc/<pid>/stat start time, when the OS has one */
  started?: string
  port?: number
}

async function takeDataDirLock(dataDir: string): Promise<DataDirLock> {
  const file = path.join(dataDir, 'pglite.lock')
  const record: LockRecord = {
    pid: process.pid,
    token: randomBytes(16).toString('hex'),
    started: startTimeOf(process.pid),
  }
  for (let attempt = 0; ; attempt++) {
    const held = readLock(file)
    if (held && held.pid !== process.pid && (await isLiveHolder(held))) {
      throw new Error(`数据目录 ${dataDir} 正被另一个小北进程（pid ${held.pid}）使用，请先停止它`)
    }
    if (held) rmSync(file, { force: true })
    try {
      writeFileSync(file, JSON.stringify(record), { flag: 'wx', mode: 0o600 })
      break
    } catch (error) {
      // another start created it between our read and write: look again
      if ((error as { code?: string }).code !== 'EEXIST' || attempt >= 3) throw error
    }
  }
  const release = () => {
    try {
      if (readLock(file)?.token === record.token) unlinkSync(file)
    } catch {
      // already gone
    }
  }
  process.once('exit', release)
  return {
    token: record.token as string,
    announce(port) {
      if (readLock(file)?.token === record.token) writeFileSync(file, JSON.stringify({ ...record, port }))
    },
    release,
  }
}

/** The lock's record; a bare pid is an older version's lock. */
function readLock(file: string): LockRecord | null {
  let text: string
  try {
    text = readFileSync(file, 'utf8').trim()
  } catch {
    return null
  }
  if (/^\d+$/.test(text)) return { pid: Number(text) }
  try {
    const parsed = JSON.parse(text) as LockRecord
    return Number.isInteger(parsed?.pid) && parsed.pid > 0 ? parsed : null
  } catch {
    return null
  }
}

async function isLiveHolder(held: LockRecord): Promise<boolean> {
  if (!isAlive(held.pid)) return false
  const started = startTimeOf(held.pid)
  // the OS says exactly whether the pid is still the process that wrote the lock
  if (started && held.started) return started === held.started
  if (held.port && held.token) {
    const answer = await healthzInstance(held.port)
    if (answer !== 'busy') return answer === held.token
  }
  // an older lock or no way to tell: a pid running something other than Node is not ours
  const command = commandOf(held.pid)
  return command === undefined || /node|tsx/.test(command)
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM'
  }
}

/** Linux: the process's start time in clock ticks since boot (field 22 of /proc/<pid>/stat). */
function startTimeOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]
  } catch {
    return undefined
  }
}

function commandOf(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ')
  } catch {
    return undefined
  }
}

/** The instance token the host on `port` answers at /healthz; null if none answers; 'busy' on a timeout. */
async function healthzInstance(port: number): Promise<string | null | 'busy'> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(3000) })
    const body = (await res.json()) as { data?: { instance?: unknown } }
    return typeof body.data?.instance === 'string' ? body.data.instance : null
  } catch (error) {
    return (error as { name?: string }).name === 'TimeoutError' ? 'busy' : null
  }
}
