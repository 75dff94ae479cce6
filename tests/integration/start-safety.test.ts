/**
 * A start can always be repeated. A first start killed in the middle of its seed (SIGKILL after
 * 60 inserts, in a child process) leaves a data dir the next start completes. A lock left behind
 * never blocks a start when its pid now belongs to an unrelated process; a live host's lock does.
 * Everything in the data dir is owner-only.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startHost } from '../../cloudfunctions/_host/server'
import { createLocalPlatform, type LocalPlatform } from '../../cloudfunctions/_platform/runtime/local'
import { clearInjectedPlatform } from '../../cloudfunctions/_platform/runtime/provider'
import { declaredCollections } from '../../cloudfunctions/_platform/store/collections'
import { seedIfEmpty } from '../../cloudfunctions/_seed/seed'
import { ROOT } from '../support/test-host'

jest.setTimeout(240_000)

const dataDir = mkdtempSync(path.join(tmpdir(), 'xiaobei-start-safety-'))
const FUNCTIONS = path.join(ROOT, 'dist', 'cloudfunctions')
const started = new Set<ChildProcess>()

afterAll(() => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  rmSync(dataDir, { recursive: true, force: true })
})

function run(script: string, args: string[]): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    env: { ...process.env, NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  started.add(child)
  let out = ''
  child.stdout?.on('data', (d) => {
    out += d
  })
  child.stderr?.on('data', (d) => {
    out += d
  })
  return { child, output: () => out }
}

const exited = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null)
      resolve({ code: child.exitCode, signal: child.signalCode })
    else child.once('exit', (code, signal) => resolve({ code, signal }))
  })

async function open(): Promise<LocalPlatform> {
  return createLocalPlatform({ dataDir })
}

async function shut(platform: LocalPlatform) {
  await platform.store.close()
  platform.lock?.release()
}

/** every file and folder under the data dir that group or others may use */
function looseModes(dir: string): string[] {
  const out: string[] = []
  const visit = (p: string) => {
    const st = statSync(p)
    if ((st.mode & 0o077) !== 0) out.push(`${path.relative(dataDir, p)} ${(st.mode & 0o777).toString(8)}`)
    if (st.isDirectory()) for (const name of readdirSync(p)) visit(path.join(p, name))
  }
  visit(dir)
  return out
}

test('a first start killed during its seed is completed by the next start', async () => {
  const crash = run('tests/support/seed-crash.ts', [dataDir, '60'])
  const { signal } = await exited(crash.child)
  expect({ signal, output: crash.output() }).toEqual({ signal: 'SIGKILL', output: '' })

  const platform = await open()
  try {
    const partial = await platform.store.collection('places').count()
    expect(partial).toBeGreaterThan(0) // the crash really left a half-seeded store
    const seed = await seedIfEmpty(platform.store, new Date())
    expect(seed.seeded).toBe(true)
    for (const [name, n] of Object.entries(seed.counts)) {
      expect({ name, count: await platform.store.collection(name).count() }).toEqual({ name, count: n })
    }
    expect(await platform.store.collection('settings').get('seed')).not.toBeNull()
    expect((await seedIfEmpty(platform.store, new Date())).seeded).toBe(false)

    // and the host serves from it
    const host = await startHost({ platform, functionsDir: FUNCTIONS, port: 0 })
    try {
      const res = await fetch(`${host.url}/api/auth`, {
        method: 'POST',
        body: JSON.stringify({ action: 'devLogin', data: { persona: 'resident-a' } }),
      })
      expect((await res.json()).ok).toBe(true)
    } finally {
      await host.close()
      clearInjectedPlatform()
    }
  } finally {
    await shut(platform)
  }
})

test('everything in the data dir is owner-only, also files an older version left open', async () => {
  expect([...declaredCollections().keys()].length).toBeGreaterThan(0)
  const platform = await open()
  try {
    const stored = await platform.files.put(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8]), {
      mime: 'image/jpeg',
      ownerId: 'u-test',
    })
    expect(statSync(path.join(dataDir, 'uploads', stored.fileId)).mode & 0o777).toBe(0o600)
    expect(looseModes(dataDir)).toEqual([])
  } finally {
    await shut(platform)
  }
  // as an older version under umask 0022 left them: world-writable engine files, readable photos
  const engineDir = path.join(dataDir, 'pglite')
  const someFile = readdirSync(engineDir)
    .map((n) => path.join(engineDir, n))
    .find((p) => statSync(p).isFile()) as string
  chmodSync(someFile, 0o666)
  chmodSync(path.join(dataDir, 'uploads'), 0o755)
  expect(looseModes(dataDir).length).toBe(2)
  const reopened = await open()
  await shut(reopened)
  expect(looseModes(dataDir)).toEqual([])
})

describe('the data-dir lock', () => {
  let sleeper: ChildProcess
  beforeAll(() => {
    sleeper = spawn('sleep', ['300'], { stdio: 'ignore' })
    started.add(sleeper)
  })

  test('a lock whose pid now belongs to an unrelated live process does not block a start', async () => {
    const lock = path.join(dataDir, 'pglite.lock')
    for (const content of [
      String(sleeper.pid), // an older version's lock: the bare pid
      JSON.stringify({ pid: sleeper.pid, token: 'gone-host', started: '1', port: 1 }), // a crashed host's
    ]) {
      writeFileSync(lock, content)
      const platform = await open()
      await shut(platform)
    }
  })

  test('a live host’s lock still blocks a start; once it is gone, the start goes ahead', async () => {
    const holder = run('tests/support/hold-data-dir.ts', [dataDir, FUNCTIONS])
    await new Promise<void>((resolve, reject) => {
      const poll = setInterval(() => {
        if (holder.output().includes('ready ')) done()
      }, 50)
      const done = (error?: Error) => {
        clearInterval(poll)
        holder.child.off('exit', early)
        error ? reject(error) : resolve()
      }
      const early = () => done(new Error(`the holder exited: ${holder.output()}`))
      holder.child.once('exit', early)
    })
    await expect(open()).rejects.toThrow(/正被另一个小北进程（pid \d+）使用/)

    holder.child.kill('SIGKILL')
    await exited(holder.child)
    const platform = await open()
    await shut(platform)
  })
})
