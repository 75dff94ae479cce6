/**
 * Bundles each deployable function (a folder of cloudfunctions/ without a leading `_`) with esbuild
 * into dist/cloudfunctions/<fn>/:
 * - index.js: the function (actions, services, core, the zod contract), minified;
 * - runtime-cloudbase.js and runtime-local.js: the two runtimes' adapters, each bundled on its own
 *   and loaded on first use by `_platform/runtime/provider.ts`, so a CloudBase cold start never
 *   loads the local adapters (SQL stores, disk files, signed tokens) and the other way round. The
 *   local host injects its own platform and loads neither;
 * - a package.json holding only what CloudBase must install, and config.json (timer triggers,
 *   copied from the function's own config.json when it has one).
 * Also writes database-indexes.json for the CloudBase console / CLI.
 *
 * zod's namespace import defeats tree-shaking: it would keep every message locale (about 260 KB)
 * and `z.fromJSONSchema` (15 KB). The bundle resolves zod's locale index to the one locale the
 * functions configure (zh-CN, see _platform/kit/define.ts) and leaves `fromJSONSchema` out.
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { type BuildOptions, build, type Plugin } from 'esbuild'
import { cloudbaseIndexes } from '../_platform/store/collections'

/**
 * Loaded lazily at run time and never bundled: the cloud installs the SDKs, exceljs (rosters: about
 * 1 MB, loaded only by an import), pdf-lib with fontkit and the QR encoder (a certificate's PDF) and
 * chinese-days (the first deadline computed); the SQL drivers stay local.
 */
const EXTERNAL = [
  '@cloudbase/node-sdk',
  'wx-server-sdk',
  'exceljs',
  'pdf-lib',
  '@pdf-lib/fontkit',
  'qrcode-generator',
  'chinese-days',
  '@electric-sql/pglite',
  'pg',
  'pg-native',
]

/** The per-runtime adapters, as provider.ts imports them, and the file each becomes next to index.js. */
const RUNTIME_CHUNKS: Record<string, string> = {
  './cloudbase': 'runtime-cloudbase.js',
  './local': 'runtime-local.js',
}

const COMMON: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  minify: true,
  // no keepNames: error classes that cross bundles carry an explicit `name` (AppError, StoreConflictError, …)
  legalComments: 'none',
  charset: 'utf8', // Chinese text as itself (3 bytes a character), not as \uXXXX escapes (6)
  external: EXTERNAL,
  metafile: true,
  logLevel: 'warning',
}

/** provider.ts's `import('./cloudbase')` / `import('./local')` become requires of the sibling runtime files. */
const runtimeChunks: Plugin = {
  name: 'runtime-chunks',
  setup(b) {
    b.onResolve({ filter: /^\.\/(cloudbase|local)$/ }, (args) => {
      if (!args.importer.replace(/\\/g, '/').endsWith('_platform/runtime/provider.ts')) return undefined
      return { path: `./${RUNTIME_CHUNKS[args.path]}`, external: true }
    })
  },
}

/**
 * Only the zh-CN messages of zod's locales (the functions configure no other), and neither
 * `z.fromJSONSchema` nor `z.compile` (nothing here builds schemas from JSON Schema or compiles
 * parsers; only the namespace import keeps them).
 */
const zodZhCnOnly: Plugin = {
  name: 'zod-zh-cn-only',
  setup(b) {
    b.onResolve({ filter: /^\.\/from-json-schema\.js$/ }, (args) => {
      if (!/\/node_modules\/zod\/v4\/classic$/.test(args.resolveDir.replace(/\\/g, '/'))) return undefined
      return { path: 'from-json-schema', namespace: 'zod-zh-cn-only' }
    })
    b.onResolve({ filter: /locales\/index\.js$/ }, (args) => {
      const dir = args.resolveDir.replace(/\\/g, '/')
      if (!/\/node_modules\/zod\/v4\/(core|classic|mini|locales)$|\/node_modules\/zod\/locales$/.test(dir))
        return undefined
      return { path: 'zod-locales', namespace: 'zod-zh-cn-only', pluginData: dir }
    })
    // zod's JIT (`z.compile`, with its memoizer): only the namespace import reaches it, nothing here calls it
    b.onResolve({ filter: /^\.\/compile\.js$/ }, (args) => {
      if (!/\/node_modules\/zod\/v4\/core$/.test(args.resolveDir.replace(/\\/g, '/'))) return undefined
      return { path: 'zod-compile', namespace: 'zod-zh-cn-only' }
    })
    b.onLoad({ filter: /^zod-compile$/, namespace: 'zod-zh-cn-only' }, () => ({
      contents: [
        "const unbundled = () => { throw new Error('z.compile is not bundled') }",
        "export const INVALID = Symbol.for('zod.compile.invalid')",
        'export class ZodCompileAsyncError extends Error {}',
        'export class ZodCompileUnsupportedError extends Error {}',
        'export const compile = unbundled, withParser = unbundled, compileFn = unbundled',
      ].join('\n'),
      loader: 'js',
    }))
    b.onLoad({ filter: /^from-json-schema$/, namespace: 'zod-zh-cn-only' }, () => ({
      contents: "export function fromJSONSchema() { throw new Error('z.fromJSONSchema is not bundled') }",
      loader: 'js',
    }))
    b.onLoad({ filter: /^zod-locales$/, namespace: 'zod-zh-cn-only' }, (args) => ({
      contents: "export { default as zhCN } from 'zod/v4/locales/zh-CN.js'",
      resolveDir: path.dirname(args.pluginData as string),
      loader: 'js',
    }))
  },
}
/** What each deployed function installs in the cloud. */
export const CLOUD_DEPENDENCIES: Record<string, string> = {
  '@cloudbase/node-sdk': '3.18.3',
  'wx-server-sdk': '4.0.2',
  exceljs: '4.4.0',
  'pdf-lib': '1.17.1',
  '@pdf-lib/fontkit': '1.1.1',
  'qrcode-generator': '2.0.4',
  'chinese-days': '1.5.7',
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
  /** index.js */
  bytes: number
  /** index.js plus runtime-cloudbase.js: what a CloudBase cold start loads */
  cloudbaseBytes: number
  /** index.js plus runtime-local.js: what a bundle run on its own loads */
  localBytes: number
  ms: number
}

const outputBytes = (result: { metafile?: { outputs: Record<string, { bytes: number }> } }) =>
  Object.values(result.metafile?.outputs ?? {}).reduce((n, o) => n + o.bytes, 0)

export async function bundleFunctions(options: { sourceDir: string; outDir: string }): Promise<BundleReport[]> {
  const { sourceDir, outDir } = options
  await rm(outDir, { recursive: true, force: true })
  const reports: BundleReport[] = []
  for (const name of deployableFunctions(sourceDir)) {
    const started = performance.now()
    const target = path.join(outDir, name)
    await mkdir(target, { recursive: true })
    const result = await build({
      ...COMMON,
      entryPoints: [path.join(sourceDir, name, 'index.ts')],
      outfile: path.join(target, 'index.js'),
      plugins: [runtimeChunks, zodZhCnOnly],
    })
    const bytes = outputBytes(result)
    const runtimeBytes: Record<string, number> = {}
    for (const [source, file] of Object.entries(RUNTIME_CHUNKS)) {
      const chunk = await build({
        ...COMMON,
        entryPoints: [path.join(sourceDir, '_platform', 'runtime', `${source.slice(2)}.ts`)],
        outfile: path.join(target, file),
        plugins: [zodZhCnOnly],
      })
      runtimeBytes[file] = outputBytes(chunk)
    }
    await writeFile(
      path.join(target, 'package.json'),
      `${JSON.stringify({ name: `xiaobei-${name}`, version: '1.0.0', private: true, main: 'index.js', dependencies: CLOUD_DEPENDENCIES }, null, 2)}\n`,
    )
    const ownConfig = path.join(sourceDir, name, 'config.json')
    const config = existsSync(ownConfig)
      ? await readFile(ownConfig, 'utf8')
      : '{\n  "permissions": {},\n  "triggers": []\n}\n'
    await writeFile(path.join(target, 'config.json'), config)
    reports.push({
      name,
      bytes,
      cloudbaseBytes: bytes + runtimeBytes['runtime-cloudbase.js'],
      localBytes: bytes + runtimeBytes['runtime-local.js'],
      ms: Math.round(performance.now() - started),
    })
  }
  await writeFile(path.join(outDir, 'database-indexes.json'), `${JSON.stringify(cloudbaseIndexes(), null, 2)}\n`)
  return reports
}
