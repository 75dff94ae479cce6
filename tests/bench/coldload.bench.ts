/**
 * Cold start of each function bundle, as a fresh runtime would meet it: a new Node process loads
 * dist/cloudfunctions/<fn>/index.js and answers one call, against an empty function (a file whose
 * `main` answers at once) measured the same way in the same run. Target: the slowest bundle takes
 * ≤ 1.5× the empty function's time.
 *
 * The call is a real action of the function, so its module is loaded and evaluated (its schemas,
 * its services, the Node modules they import: a function loads only the action it is called for).
 * The call carries no login and a non-object input, so it is answered by the kit (UNAUTHENTICATED;
 * FORBIDDEN for a local-only action, as the stand-in says it is CloudBase; INVALID_INPUT for an action
 * open to anyone) before any store or SDK is reached: the figure is
 * the code's own load and first-call cost, not a database's or an SDK's start-up (the store's cost
 * is in the other benchmarks). The platform the probe hands the function is a stand-in whose
 * identity knows nobody; anything else on it throws.
 *
 * Which action: a first pass calls every action of every function (3 runs each) and keeps, per
 * function, the one that costs most. Then runs alternate between the empty function and each
 * function's costliest action, and each figure is the median.
 * Run alone: `npm run bench -- coldload` (after `npm run build:functions`, which run.ts does).
 */
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type BenchEntry, entry, info } from './entry'
import { round } from './stats'

const ROOT = path.resolve(__dirname, '..', '..')
/** XIAOBEI_BENCH_FUNCTIONS points at another build, e.g. an older commit's, to compare */
const FUNCTIONS = process.env.XIAOBEI_BENCH_FUNCTIONS ?? path.join(ROOT, 'dist', 'cloudfunctions')
const RUNS = 15
const SCOUT_RUNS = 3

/**
 * Loads `file`, calls action argv[2] once, and prints the process's CPU time from its start (Node's
 * own boot included) and the wall time of the load-and-answer part, then exits. With no action it
 * prints the function's action names instead.
 */
const PROBE = `
globalThis[Symbol.for('xiaobei.platform')] = Promise.resolve(new Proxy({
  runtime: 'cloudbase',
  identity: { identify: async () => null },
}, { get: (t, k) => { if (k in t || k === 'then') return t[k]; throw new Error('the probe has no ' + String(k)) } }))
const t = performance.now()
const fn = require(process.argv[1])
if (!process.argv[2]) { process.stdout.write(JSON.stringify(fn.actions ?? [])); process.exit(0) }
fn.main({ action: process.argv[2], data: 0 }, {}).then((reply) => {
  if (!reply || reply.ok !== false || !['UNAUTHENTICATED', 'FORBIDDEN', 'INVALID_INPUT', 'NOT_FOUND'].includes(reply.error.code))
    throw new Error('unexpected reply ' + JSON.stringify(reply))
  const cpu = process.cpuUsage()
  process.stdout.write(JSON.stringify({ cpuMs: (cpu.user + cpu.system) / 1000, inProcessMs: performance.now() - t }))
  process.exit(0)
})`

const EMPTY = "exports.main = async () => ({ ok: false, error: { code: 'NOT_FOUND', message: '' } })\n"

interface Sample {
  /** CPU time of the fresh process, from its start to the answer */
  cpuMs: number
  /** wall time of loading the bundle and answering, inside the process */
  inProcessMs: number
  /** wall time from spawn to exit */
  wallMs: number
}

function probe(file: string, action?: string): Promise<{ stdout: string; wallMs: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const args = ['-e', PROBE, file, ...(action ? [action] : [])]
    execFile(process.execPath, args, { env: { PATH: process.env.PATH } }, (error, stdout) => {
      if (error) return reject(error)
      resolve({ stdout, wallMs: performance.now() - started })
    })
  })
}

async function once(file: string, action: string): Promise<Sample> {
  const { stdout, wallMs } = await probe(file, action)
  return { ...JSON.parse(stdout), wallMs }
}

/** Per function, the action whose cold call costs most CPU (median of SCOUT_RUNS). */
async function costliestActions(names: string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const n of names) {
    const file = path.join(FUNCTIONS, n, 'index.js')
    const actions = JSON.parse((await probe(file)).stdout) as string[]
    if (actions.length === 0) throw new Error(`${n} lists no actions`)
    let worst = { action: actions[0], cpuMs: -1 }
    for (const action of actions) {
      const cpus: number[] = []
      for (let r = 0; r < SCOUT_RUNS; r++) cpus.push((await once(file, action)).cpuMs)
      const cpuMs = median(cpus)
      if (cpuMs > worst.cpuMs) worst = { action, cpuMs }
    }
    out[n] = worst.action
  }
  return out
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

export function bundlesIn(dir: string): string[] {
  if (!existsSync(dir)) throw new Error(`${dir} is missing: run npm run build:functions first`)
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'index.js')))
    .map((d) => d.name)
    .sort()
}

export async function bench(): Promise<BenchEntry[]> {
  const names = bundlesIn(FUNCTIONS)
  const scratch = mkdtempSync(path.join(tmpdir(), 'xiaobei-cold-'))
  const empty = path.join(scratch, 'empty.js')
  writeFileSync(empty, EMPTY)
  try {
    const samples: Record<string, Sample[]> = { empty: [] }
    for (const n of names) samples[n] = []
    await once(empty, 'any') // the first spawn pays for the disk cache
    const actionOf = await costliestActions(names)
    for (let r = 0; r < RUNS; r++) {
      for (const n of ['empty', ...names]) {
        samples[n].push(
          await (n === 'empty' ? once(empty, 'any') : once(path.join(FUNCTIONS, n, 'index.js'), actionOf[n])),
        )
      }
    }
    const med = (n: string, k: keyof Sample) => median(samples[n].map((s) => s[k]))
    const emptyCpu = med('empty', 'cpuMs')
    const worst = names
      .map((n) => ({ n, ratio: med(n, 'cpuMs') / emptyCpu }))
      .reduce((a, b) => (b.ratio > a.ratio ? b : a))
    return [
      entry(
        'coldLoad.ratio',
        'ratio',
        round(worst.ratio, 2),
        '≤',
        1.5,
        `slowest bundle (${worst.n}, calling ${actionOf[worst.n]}, its costliest action) over an empty function: CPU time of a fresh node process from its start to the answer of one call, median of ${RUNS} alternating runs (CPU time, because wall time on a shared machine measures the neighbours)`,
      ),
      info(
        'coldLoad.wallRatio',
        'ratio',
        round(med(worst.n, 'wallMs') / med('empty', 'wallMs'), 2),
        `${worst.n} over the empty function, spawn to exit in wall time (on a busy machine the neighbours' share dilutes it)`,
      ),
      info(
        'coldLoad.emptyCpuMs',
        'ms',
        round(emptyCpu, 1),
        `an empty function; spawn to exit ${round(med('empty', 'wallMs'), 0)} ms wall`,
      ),
      ...names.map((n) =>
        info(
          `coldLoad.${n}CpuMs`,
          'ms',
          round(med(n, 'cpuMs'), 1),
          `loading the bundle and answering ${actionOf[n]} (its costliest action): ${round(med(n, 'inProcessMs'), 1)} ms wall; spawn to exit ${round(med(n, 'wallMs'), 0)} ms wall`,
        ),
      ),
    ]
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}
