/**
 * Runs `npm start` as a new user would (a fresh data dir, a free port), checks it serves the app
 * and the API, stops it with SIGTERM, then starts it again on the same data: the second start must
 * migrate and seed nothing. Prints both start-up times.
 *
 * The host runs as one process (`node --import tsx`, as `npm start` runs it): SIGTERM reaches the
 * host itself, not a wrapper that may not pass it on. It runs in its own process group, which is
 * killed whatever happens, so a failed run never leaves a host behind.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ROOT } from './lib/paths'

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => resolve(port))
    })
  })
}

interface Started {
  child: ChildProcess
  output: () => string
  seconds: number
}

async function start(dataDir: string, port: number): Promise<Started> {
  const t0 = performance.now()
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), XIAOBEI_DATA_DIR: dataDir, XIAOBEI_STORE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  children.add(child)
  child.once('exit', () => children.delete(child))
  let out = ''
  child.stdout?.on('data', (d) => {
    out += d
  })
  child.stderr?.on('data', (d) => {
    out += d
  })
  await new Promise<void>((resolve, reject) => {
    const done = (error?: Error) => {
      clearInterval(poll)
      clearTimeout(timer)
      child.off('exit', early)
      if (error) reject(error)
      else resolve()
    }
    const early = (code: number | null) => done(new Error(`npm start exited early (${code}):\n${out}`))
    const timer = setTimeout(() => done(new Error(`npm start did not come up in 240 s:\n${out}`)), 240_000)
    child.once('exit', early)
    const poll = setInterval(() => {
      if (out.includes('按 Ctrl+C 停止')) done() // the last line of the start-up banner
    }, 50)
  })
  return { child, output: () => out, seconds: (performance.now() - t0) / 1000 }
}

/** hosts started by this run; killed (their whole group) if the run ends without stopping them */
const children = new Set<ChildProcess>()

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    // already gone
  }
}

async function stop(s: Started): Promise<number | null> {
  if (s.child.exitCode !== null) return s.child.exitCode
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      killGroup(s.child, 'SIGKILL')
      reject(new Error(`npm start did not stop within 20 s of SIGTERM:\n${s.output()}`))
    }, 20_000)
    s.child.once('exit', (code) => {
      clearTimeout(timer)
      resolve(code)
    })
    // the host alone: it must stop cleanly by itself
    s.child.kill('SIGTERM')
  })
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message)
}

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'xiaobei-smoke-'))
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  try {
    const first = await start(dataDir, port)
    check(first.output().includes('已写入演示数据'), 'first start should seed the demo street')
    const health = await (await fetch(`${base}/healthz`)).json()
    check(health.ok && health.data.store === 'pglite', `healthz: ${JSON.stringify(health)}`)
    const html = await (await fetch(`${base}/`)).text()
    check(html.includes('<div id="app">'), 'the H5 app is served at /')
    const personas = await (
      await fetch(`${base}/api/auth`, { method: 'POST', body: JSON.stringify({ action: 'personas' }) })
    ).json()
    check(personas.ok && personas.data.length >= 5, 'auth.personas answers')
    check((await stop(first)) === 0, `first run did not exit cleanly:\n${first.output()}`)

    const second = await start(dataDir, port)
    check(!second.output().includes('已写入演示数据'), 'a second start must not seed again')
    check((await stop(second)) === 0, 'second run did not exit cleanly')
    console.log(`npm start: first start ${first.seconds.toFixed(1)} s, restart ${second.seconds.toFixed(1)} s`)
  } finally {
    for (const child of children) killGroup(child, 'SIGKILL')
    rmSync(dataDir, { recursive: true, force: true })
  }
}

main().catch((error) => {
  console.error(`start smoke test FAILED: ${error instanceof Error ? error.message : error}`)
  process.exit(1)
})
