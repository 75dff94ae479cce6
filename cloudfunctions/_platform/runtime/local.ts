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
import type { Clock, Platform } from '../ports'
import { createStoreFromUrl } from '../store'
import type { Store } from '../store/port'
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
  /** demo personas (auth.devLogin); default `demoLoginFor(storeUrl)` */
  demo?: boolean
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
  const raw = await createStoreFromUrl(storeUrl)
  await raw.migrate()
  const store = options.wrapStore ? options.wrapStore(raw) : raw
  const secret = options.secret ?? (inMemory ? randomBytes(32).toString('hex') : await secretIn(dataDir))
  const files = createDiskFiles({
    dir: path.join(dataDir, inMemory ? `uploads-mem-${process.pid}` : 'uploads'),
    store,
    now,
    // photo URL grants use a key of their own, derived from the token secret
    grantKey: createHmac('sha256', secret).update('xiaobei:file-grants').digest(),
  })
  return {
    runtime: 'local',
    store,
    files,
    notify: createOutboxNotify({ store, now }),
    contentCheck: createKeywordContentCheck({ files }),
    clock,
    identity: createLocalIdentity({ store, secret, now }),
    demoLogin: options.demo ?? demoLoginFor(storeUrl),
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
