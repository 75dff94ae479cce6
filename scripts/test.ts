/**
 * npm test — every check, in order, failing loudly at the first broken step:
 * typecheck · lint · bundle the functions · build H5 if stale · jest (unit, contract, integration, e2e).
 * Ends with one plain line "tests: N passed, N failed, N skipped".
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { bundleFunctions } from '../cloudfunctions/_host/bundle'
import { ensureH5Build } from './lib/h5-build'
import { FUNCTIONS_OUT, FUNCTIONS_SRC, ROOT } from './lib/paths'

const timings: Array<[string, number]> = []

function step(name: string, run: () => void | Promise<void>) {
  return async () => {
    const t0 = performance.now()
    console.log(`\n▶ ${name}`)
    await run()
    const seconds = (performance.now() - t0) / 1000
    timings.push([name, seconds])
    console.log(`✔ ${name} (${seconds.toFixed(1)} s)`)
  }
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${result.status ?? result.signal}`)
}

const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name)

async function main() {
  const started = performance.now()
  const extra = process.argv.slice(2)
  await step('typecheck', () => run(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']))()
  await step('lint', () => run(bin('biome'), ['check', '.']))()
  await step('bundle functions', async () => {
    await bundleFunctions({ sourceDir: FUNCTIONS_SRC, outDir: FUNCTIONS_OUT })
  })()
  await step('H5 build (only when stale)', () => {
    ensureH5Build()
  })()
  await step('npm start smoke: first start, SIGTERM, restart', () => run(bin('tsx'), ['scripts/smoke-start.ts']))()
  mkdirSync(path.join(ROOT, '.temp'), { recursive: true })
  const report = path.join(ROOT, '.temp', 'jest-results.json')
  let jestFailed: Error | undefined
  await step('jest: unit · contract · integration · e2e', () => {
    try {
      run(bin('jest'), ['--json', `--outputFile=${report}`, ...extra], {
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim(),
        XIAOBEI_SKIP_BUNDLE: '1',
      })
    } catch (error) {
      jestFailed = error as Error
    }
  })().catch(() => undefined)
  const totals = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number
    numFailedTests: number
    numPendingTests: number
    numTotalTests: number
    testResults?: Array<{ assertionResults: Array<{ status: string; fullName: string }> }>
  }
  console.log('\nTimings:')
  for (const [name, s] of timings) console.log(`  ${name.padEnd(44)} ${s.toFixed(1).padStart(6)} s`)
  console.log(`  ${'total'.padEnd(44)} ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s`)
  // a skipped test says what did not run and why (e.g. the PostgreSQL contract without XIAOBEI_TEST_PG_URL)
  const skipped = (totals.testResults ?? []).flatMap((f) =>
    f.assertionResults.filter((a) => a.status === 'pending' || a.status === 'skipped').map((a) => a.fullName),
  )
  if (skipped.length > 0) console.log(`\nSkipped:\n${skipped.map((name) => `  - ${name}`).join('\n')}`)
  console.log(
    `tests: ${totals.numPassedTests} passed, ${totals.numFailedTests} failed, ${totals.numPendingTests} skipped`,
  )
  if (jestFailed || totals.numFailedTests > 0 || totals.numTotalTests === 0) {
    console.error('npm test: FAILED')
    process.exit(1)
  }
}

main().catch((error) => {
  console.error(`npm test: FAILED — ${error instanceof Error ? error.message : error}`)
  process.exit(1)
})
