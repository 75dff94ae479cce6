/**
 * npm run bench: every benchmark the issues set a target for, measured side by side in one run.
 * Prints the figures and ratios and writes them to .temp/bench.json (the README quotes them with
 * the date measured). Exits 1 when a target is missed, so a regression is loud.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { bundleFunctions } from '../../cloudfunctions/_host/bundle'
import { benchInbox } from './inbox.bench'
import { bench as benchRouting } from './routing.bench'
import { benchSubmit } from './submit.bench'

const ROOT = path.resolve(__dirname, '..', '..')

interface Line {
  what: string
  figure: string
  target: string
  met: boolean
}

async function main() {
  await bundleFunctions({
    sourceDir: path.join(ROOT, 'cloudfunctions'),
    outDir: path.join(ROOT, 'dist', 'cloudfunctions'),
  })
  const measuredAt = new Date().toISOString()
  const routing = await benchRouting()
  const submit = await benchSubmit()
  const inbox = await benchInbox()
  const lines: Line[] = [
    ...routing.map((e) => ({ what: e.name, figure: `${e.value} ${e.unit} (${e.note})`, target: e.target, met: e.met })),
    {
      what: 'report.submit over HTTP vs raw PGlite insert tx',
      figure: `${submit.submitsPerSec}/s vs ${submit.rawInsertTxPerSec}/s = ${(submit.ratio * 100).toFixed(1)}% (submit p50 ${submit.submitP50ms} ms, p95 ${submit.submitP95ms} ms)`,
      target: 'ratio ≥ 25%',
      met: submit.ratio >= 0.25,
    },
    {
      what: 'workorder.inbox, 10,000 historical orders',
      figure: `p50 ${inbox.p50ms} ms, p95 ${inbox.p95ms} ms ('all' filter p95 ${inbox.allP95ms} ms)`,
      target: 'p95 ≤ 20 ms',
      met: inbox.p95ms <= 20,
    },
  ]
  console.log(`\nbenchmarks, ${measuredAt} (node ${process.version}, ${process.platform}/${process.arch})\n`)
  for (const l of lines) console.log(`${l.met ? 'MET ' : 'MISS'}  ${l.what}\n      ${l.figure}   [target ${l.target}]`)
  console.log(`\n  submit: ${submit.config}\n  inbox: ${inbox.config}`)
  mkdirSync(path.join(ROOT, '.temp'), { recursive: true })
  writeFileSync(
    path.join(ROOT, '.temp', 'bench.json'),
    `${JSON.stringify({ measuredAt, routing, submit, inbox, lines }, null, 2)}\n`,
  )
  if (lines.some((l) => !l.met)) process.exitCode = 1
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
