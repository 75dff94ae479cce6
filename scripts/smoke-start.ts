/**
 * Runs `npm start` as a new user would (a fresh data dir, a free port), checks it serves the app
 * and the API, stops it with SIGTERM, then starts it again on the same data: the second start must
 * migrate and seed nothing. Prints both start-up times.
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
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/start.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), XIAOBEI_DATA_DIR: dataDir, XIAOBEI_STORE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout?.on('data', (d) => {
    out += d
  })
  child.stderr?.on('data', (d) => {
    out += d
  })
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not come up in 240 s:\n${out}`)), 240_000)
    child.once('exit', (code) => reject(new Error(`npm start exited early (${code}):\n${out}`)))
    const poll = setInterval(() => {
      if (out.includes('小北已启动')) {
        clearInterval(poll)
        clearTimeout(timer)
        resolve()
      }
    }, 50)
  })
  return { child, output: () => out, seconds: (performance.now() - t0) / 1000 }
}

async function stop(s: Started): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('npm start did not stop within 10 s of SIGTERM')), 10_000)
    s.child.once('exit', (code) => {
      clearTimeout(timer)
      resolve(code)
    })
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
    rmSync(dataDir, { recursive: true, force: true })
  }
}

main().catch((error) => {
  console.error(`start smoke test FAILED: ${error instanceof Error ? error.message : error}`)
  process.exit(1)
})
