/**
 * The local and self-hosted platform: PGlite (or PostgreSQL by URL), files on disk, notifications
 * to the outbox, keyword content checks, signed-token identity. Built once per process by the
 * local host (or by a bundle run on its own) from explicit options.
 */
import { createHmac, randomBytes } from 'node:crypto'
import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { createKeywordContentCheck } from '../content-check/keywords'
import { createDiskFiles } from '../files/disk'
import { createLocalIdentity } from '../identity/local-token'
import { createOutboxNotify } from '../notify/outbox'
import { createSubscribeMessageNotify, templatesFromEnv } from '../notify/subscribe-message'
import type { Clock, Platform } from '../ports'
import { createStoreFromUrl } from '../store'
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
  /** demo personas (auth.devLogin); default `demoLoginFor(storeUrl)` */
  demo?: boolean
  /** the WeChat API (wxLogin, msg_sec_check, subscribe send); default from XIAOBEI_WECHAT_*, null: off */
  wechat?: WechatConfig | null
}

/**
 * Demo login is on only when XIAOBEI_DEMO=1; unset, it is on only for an embedded `pglite:` store
 * (a developer's machine). A `postgres://` store is a deployment: no demo login unless asked for.
 */
export function demoLoginFor(storeUrl: string, flag: string | undefined = process.env.XIAOBEI_DEMO): boolean {
  if (flag !== undefined && flag !== '') return flag === '1'
  return storeUrl.startsWith('pglite:')
}

export async function createLocalPlatform(options: LocalPlatformOptions = {}): Promise<Platform> {
  const dataDir = path.resolve(options.dataDir ?? '.data')
  const storeUrl = options.storeUrl ?? `pglite:${path.join(dataDir, 'pglite')}`
  const inMemory = storeUrl === 'pglite:memory'
  const clock = options.clock ?? systemClock
  const now = () => clock.now()
  if (!inMemory) await mkdir(dataDir, { recursive: true })
  if (storeUrl.startsWith('pglite:') && !inMemory) takeDataDirLock(dataDir)
  const store = await createStoreFromUrl(storeUrl)
  await store.migrate()
  const secret = options.secret ?? (inMemory ? randomBytes(32).toString('hex') : await secretIn(dataDir))
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
  }
}

async function secretIn(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'secret')
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim()
  const secret = randomBytes(32).toString('hex')
  await writeFile(file, secret, { mode: 0o600 })
  return secret
}

/**
 * PGlite is one process's database: a second process opening the same directory would corrupt it.
 * The lock names the owning pid and is released when the process exits.
 */
function takeDataDirLock(dataDir: string): void {
  const lock = path.join(dataDir, 'pglite.lock')
  if (existsSync(lock)) {
    const pid = Number(readFileSync(lock, 'utf8'))
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new Error(`数据目录 ${dataDir} 正被另一个小北进程（pid ${pid}）使用，请先停止它`)
    }
  }
  writeFileSync(lock, String(process.pid))
  process.once('exit', () => {
    try {
      if (readFileSync(lock, 'utf8') === String(process.pid)) unlinkSync(lock)
    } catch {
      // already gone
    }
  })
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
