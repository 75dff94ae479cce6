/**
 * Function bundle sizes from the production bundler (cloudfunctions/_host/bundle.ts, the same call
 * `npm run build:functions` makes), built into a scratch folder. The figure held to the target is
 * what a CloudBase cold start loads: a function's index.js plus runtime-cloudbase.js. Target: the
 * largest ≤ 300 KB. Run alone: `npm run bench -- bundle`.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { bundleFunctions } from '../../cloudfunctions/_host/bundle'
import { type BenchEntry, entry, info } from './entry'
import { round } from './stats'

const ROOT = path.resolve(__dirname, '..', '..')
const kb = (bytes: number) => round(bytes / 1024, 1)

export async function bench(): Promise<BenchEntry[]> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'xiaobei-bundle-'))
  try {
    const reports = await bundleFunctions({ sourceDir: path.join(ROOT, 'cloudfunctions'), outDir })
    const largest = reports.reduce((a, b) => (b.cloudbaseBytes > a.cloudbaseBytes ? b : a))
    const largestLocal = reports.reduce((a, b) => (b.localBytes > a.localBytes ? b : a))
    return [
      entry(
        'bundle.maxKB',
        'KB',
        kb(largest.cloudbaseBytes),
        '≤',
        300,
        `${largest.name}: index.js ${kb(largest.bytes)} KB + runtime-cloudbase.js, minified, what a CloudBase cold start loads`,
      ),
      info(
        'bundle.maxLocalKB',
        'KB',
        kb(largestLocal.localBytes),
        `${largestLocal.name}: index.js + runtime-local.js, what a bundle run on its own loads (the host injects its platform and loads neither runtime file)`,
      ),
      ...reports.map((r) => info(`bundle.${r.name}KB`, 'KB', kb(r.cloudbaseBytes), `index.js ${kb(r.bytes)} KB`)),
    ]
  } finally {
    rmSync(outDir, { recursive: true, force: true })
  }
}
