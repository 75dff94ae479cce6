/**
 * npm run size:weapp — after `npm run build:weapp`, sums the mini-program's main package (every file
 * not under a subpackage root) and each subpackage in dist/weapp, prints a table in KB, and exits 1
 * when any package is over WeChat's 2 MB limit. Warns when the main package is over our 800 KB budget
 * (it is what every resident downloads before the first screen).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '..')
const OUT = path.join(ROOT, 'dist', 'weapp')
const LIMIT = 2 * 1024 * 1024
const MAIN_BUDGET = 800 * 1024
/** DevTools tooling files that are not uploaded as package code */
const IGNORED = new Set(['project.config.json', 'project.private.config.json'])

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) walk(full, out)
    else out.push(full)
  }
  return out
}

function main() {
  const appJson = path.join(OUT, 'app.json')
  if (!existsSync(appJson)) {
    console.error('没有找到 dist/weapp/app.json：请先运行 npm run build:weapp')
    process.exit(1)
  }
  const app = JSON.parse(readFileSync(appJson, 'utf8')) as {
    subPackages?: { root: string }[]
    subpackages?: { root: string }[]
  }
  const roots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/+$/, ''))
  const sizes = new Map<string, { bytes: number; files: number }>([['主包 (main)', { bytes: 0, files: 0 }]])
  for (const r of roots) sizes.set(r, { bytes: 0, files: 0 })

  for (const file of walk(OUT)) {
    const rel = path.relative(OUT, file).split(path.sep).join('/')
    if (IGNORED.has(rel) || rel.endsWith('.map')) continue
    const root = roots.find((r) => rel === r || rel.startsWith(`${r}/`))
    const entry = sizes.get(root ?? '主包 (main)')!
    entry.bytes += statSync(file).size
    entry.files += 1
  }

  const kb = (n: number) => (n / 1024).toFixed(1)
  console.log(`${'package'.padEnd(20)} ${'files'.padStart(6)} ${'KB'.padStart(10)}   limit 2048 KB`)
  let failed = false
  let total = 0
  for (const [name, { bytes, files }] of sizes) {
    total += bytes
    const over = bytes > LIMIT
    failed ||= over
    console.log(
      `${name.padEnd(20)} ${String(files).padStart(6)} ${kb(bytes).padStart(10)}${over ? '   ✗ 超过 2 MB' : ''}`,
    )
  }
  console.log(`${'total'.padEnd(20)} ${''.padStart(6)} ${kb(total).padStart(10)}`)
  const mainBytes = sizes.get('主包 (main)')!.bytes
  if (mainBytes > MAIN_BUDGET) console.warn(`警告：主包 ${kb(mainBytes)} KB，超过 800 KB 预算`)
  if (failed) {
    console.error('有分包超过 2 MB，微信无法上传')
    process.exit(1)
  }
}

main()
