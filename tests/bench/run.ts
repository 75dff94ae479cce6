/**
 * npm run bench: every benchmark the issues set a target for, measured side by side in one run.
 *
 * Bundles the functions into dist/cloudfunctions (the benchmarks that go through the host run those
 * bundles, as production does), then finds every tests/bench/*.bench.ts by file name and runs its
 * `bench(): Promise<BenchEntry[]>` one file after another in this one process. Prints a table of
 * the figures with each one's share of its target, writes the entries to bench-results.json at the
 * repository root (git-ignored), and exits 1 when any target is missed, so a regression is loud.
 * A file that throws or has no `bench` export counts as a miss.
 */
import { readdirSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import path from 'node:path'
import { bundleFunctions } from '../../cloudfunctions/_host/bundle'
import { type BenchEntry, info } from './entry'
import { round } from './stats'

const ROOT = path.resolve(__dirname, '..', '..')
const RESULTS = path.join(ROOT, 'bench-results.json')

/** Every *.bench.ts in this folder, or only those named on the command line (`npm run bench -- inbox`). */
export function benchFiles(only: string[] = []): string[] {
  return readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
    .sort()
}

/** How far a figure is into its target, e.g. 12 ms against '≤ 20' is 60%; null for information. */
export function shareOfTarget(e: BenchEntry): number | null {
  const m = /^(?:<|≤|>|≥)\s*(-?[\d.]+)$/.exec(e.target)
  if (!m) return null
  const limit = Number(m[1])
  return limit === 0 ? null : e.value / limit
}

async function runFile(file: string): Promise<BenchEntry[]> {
  const name = `${file.replace(/\.bench\.ts$/, '')}.run`
  const started = performance.now()
  try {
    const mod = (await import(path.join(__dirname, file))) as { bench?: () => Promise<BenchEntry[]> }
    if (typeof mod.bench !== 'function') {
      return [
        { name, unit: '', value: 0, target: 'exports bench()', met: false, note: `${file} has no bench() export` },
      ]
    }
    const entries = await mod.bench()
    console.log(`  ${file}: ${entries.length} figures in ${((performance.now() - started) / 1000).toFixed(1)} s`)
    return entries
  } catch (error) {
    console.error(`  ${file} failed:`, error)
    return [{ name, unit: '', value: 0, target: 'runs', met: false, note: String(error) }]
  }
}

function printTable(entries: BenchEntry[]) {
  const rows = entries.map((e) => {
    const share = shareOfTarget(e)
    return [
      e.target === 'info' ? 'info' : e.met ? 'MET' : 'MISS',
      e.name,
      `${Number.isInteger(e.value) ? e.value : e.value.toFixed(2)} ${e.unit}`,
      e.target === 'info' ? '' : e.target,
      share === null ? '' : `${Math.round(share * 100)}%`,
    ]
  })
  const head = ['', 'name', 'value', 'target', 'of target']
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (r: string[]) =>
    r.map((c, i) => (i === 2 || i === 4 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ')
  console.log(line(head))
  for (const r of rows) console.log(line(r))
  const notes = entries.filter((e) => e.note)
  if (notes.length) console.log(`\n${notes.map((e) => `  ${e.name}: ${e.note}`).join('\n')}`)
}

async function main() {
  const only = process.argv.slice(2)
  await bundleFunctions({
    sourceDir: path.join(ROOT, 'cloudfunctions'),
    outDir: path.join(ROOT, 'dist', 'cloudfunctions'),
  })
  const files = benchFiles(only)
  console.log(`benchmarks: ${files.join(', ')}`)
  const load = loadavg()[0]
  const entries: BenchEntry[] = []
  for (const file of files) entries.push(...(await runFile(file)))
  const cores = availableParallelism()
  const loadAfter = loadavg()[0]
  // the conditions go with the figures: on a busy machine, wall times measure the neighbours too
  entries.push(
    info(
      'machine.loadAvg1m',
      'load',
      round(Math.max(load, loadAfter), 2),
      `1-minute load average at the start (${round(load, 2)}) and end (${round(loadAfter, 2)}) of the run, on ${cores} cores`,
    ),
  )
  console.log(
    `\nbenchmarks, ${new Date().toISOString()} (node ${process.version}, ${process.platform}/${process.arch}, ${cores} cores, load ${round(load, 1)} → ${round(loadAfter, 1)})\n`,
  )
  printTable(entries)
  writeFileSync(RESULTS, `${JSON.stringify(entries, null, 2)}\n`)
  console.log(`\nwrote ${path.relative(ROOT, RESULTS)}`)
  const missed = entries.filter((e) => !e.met)
  if (missed.length) {
    console.log(`missed: ${missed.map((e) => e.name).join(', ')}`)
    process.exitCode = 1
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error)
    process.exitCode = 1
  })
}
