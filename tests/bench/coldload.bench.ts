/**
 * Cold start of each function bundle, as a fresh runtime would meet it: a new Node process loads
 * dist/cloudfunctions/<fn>/index.js and answers one call, against an empty function (a file whose
 * `main` answers at once) measured the same way in the same run. Target: the slowest bundle takes
 * ≤ 1.5× the empty function's time.
 *
 * The call is one envelope round trip that needs no platform (an action the function does not
 * have: zod parses the event, the reply is NOT_FOUND), so the figure is the code's own load and
 * first-call cost, not a database's start-up (the store's cost is in the other benchmarks). Runs
 * alternate between the empty function and each bundle, and each figure is the median.
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

/**
 * Loads `file`, answers one call, and prints the process's CPU time from its start (Node's own
 * boot included) and the wall time of the load-and-answer part, then exits.
 */
const PROBE = `
const t = performance.now()
const fn = require(process.argv[1])
fn.main({ action: '__cold_load_probe__' }, {}).then((reply) => {
  if (!reply || typeof reply.ok !== 'boolean') throw new Error('no envelope')
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

function once(file: string): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    execFile(process.execPath, ['-e', PROBE, file], { env: { PATH: process.env.PATH } }, (error, stdout) => {
      if (error) return reject(error)
      resolve({ ...JSON.parse(stdout), wallMs: performance.now() - started })
    })
  })
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
    await once(empty) // the first spawn pays for the disk cache
    for (let r = 0; r < RUNS; r++) {
      for (const n of ['empty', ...names]) {
        samples[n].push(await once(n === 'empty' ? empty : path.join(FUNCTIONS, n, 'index.js')))
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
        `slowest bundle (${worst.n}) over an empty function: CPU time of a fresh node process from its start to the answer of one call, median of ${RUNS} alternating runs (CPU time, because wall time on a shared machine measures the neighbours)`,
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
          `loading the bundle and answering ${round(med(n, 'inProcessMs'), 1)} ms wall; spawn to exit ${round(med(n, 'wallMs'), 0)} ms wall`,
        ),
      ),
    ]
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}
