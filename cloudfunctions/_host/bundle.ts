/**
 * Bundles each deployable function (a folder of cloudfunctions/ without a leading `_`) with esbuild
 * into dist/cloudfunctions/<fn>/: index.js, a package.json holding only what CloudBase must install,
 * and config.json (timer triggers, copied from the function's own config.json when it has one).
 * Also writes database-indexes.json for the CloudBase console / CLI.
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { build } from 'esbuild'
import { cloudbaseIndexes } from '../_platform/store/collections'

/** Loaded lazily at run time and never bundled: the cloud installs the SDKs; the SQL drivers stay local. */
const EXTERNAL = ['@cloudbase/node-sdk', 'wx-server-sdk', '@electric-sql/pglite', 'pg', 'pg-native']
/** What each deployed function installs in the cloud. */
export const CLOUD_DEPENDENCIES: Record<string, string> = {
  '@cloudbase/node-sdk': '3.18.3',
  'wx-server-sdk': '4.0.2',
}

export function deployableFunctions(sourceDir: string): string[] {
  return readdirSync(sourceDir)
    .filter((name) => !name.startsWith('_') && !name.startsWith('.'))
    .filter((name) => statSync(path.join(sourceDir, name)).isDirectory())
    .filter((name) => existsSync(path.join(sourceDir, name, 'index.ts')))
    .sort()
}

export interface BundleReport {
  name: string
  bytes: number
  ms: number
}

export async function bundleFunctions(options: { sourceDir: string; outDir: string }): Promise<BundleReport[]> {
  const { sourceDir, outDir } = options
  await rm(outDir, { recursive: true, force: true })
  const reports: BundleReport[] = []
  for (const name of deployableFunctions(sourceDir)) {
    const started = performance.now()
    const target = path.join(outDir, name)
    await mkdir(target, { recursive: true })
    const result = await build({
      entryPoints: [path.join(sourceDir, name, 'index.ts')],
      outfile: path.join(target, 'index.js'),
      bundle: true,
      platform: 'node',
      target: 'node18',
      format: 'cjs',
      minify: true,
      keepNames: true, // error classes are recognised by name across bundles
      legalComments: 'none',
      external: EXTERNAL,
      metafile: true,
      logLevel: 'warning',
    })
    const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0)
    await writeFile(
      path.join(target, 'package.json'),
      `${JSON.stringify({ name: `xiaobei-${name}`, version: '1.0.0', private: true, main: 'index.js', dependencies: CLOUD_DEPENDENCIES }, null, 2)}\n`,
    )
    const ownConfig = path.join(sourceDir, name, 'config.json')
    const config = existsSync(ownConfig)
      ? await readFile(ownConfig, 'utf8')
      : '{\n  "permissions": {},\n  "triggers": []\n}\n'
    await writeFile(path.join(target, 'config.json'), config)
    reports.push({ name, bytes, ms: Math.round(performance.now() - started) })
  }
  await writeFile(path.join(outDir, 'database-indexes.json'), `${JSON.stringify(cloudbaseIndexes(), null, 2)}\n`)
  return reports
}
