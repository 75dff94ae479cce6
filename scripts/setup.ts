/**
 * npm run setup -- --street <dir>: loads a street's package (places, orgs, categories, routing rules,
 * settings; JSON or .xlsx, see scripts/lib/street-package-dir.ts) into PGlite, PostgreSQL or
 * CloudBase (scripts/lib/setup-target.ts). Migrates first. Safe to run again: it writes only what
 * changed. The demo street's package is streets/haibei/.
 */
import path from 'node:path'
import { StreetPackageProblems, setupStreet } from '../cloudfunctions/_seed/setup-street'
import { openSetupTarget } from './lib/setup-target'
import { readStreetPackage } from './lib/street-package-dir'

/** residents' data: nothing this process creates is readable by other users */
process.umask(0o077)

function streetDir(argv: string[]): string {
  const i = argv.indexOf('--street')
  const dir = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--street='))?.slice('--street='.length)
  if (!dir) {
    console.error('用法：npm run setup -- --street <街道数据包文件夹>，例如 npm run setup -- --street streets/haibei')
    process.exit(2)
  }
  return path.resolve(dir)
}

async function main() {
  const dir = streetDir(process.argv.slice(2))
  const pkg = await readStreetPackage(dir)
  const target = await openSetupTarget()
  try {
    const { migrations, counts } = await setupStreet(target.store, pkg, new Date())
    console.log(`已写入 ${pkg.places.street.name}（${path.relative(process.cwd(), dir) || dir}）→ ${target.label}`)
    if (migrations.length > 0) console.log(`  数据库迁移：${migrations.join('、')}`)
    for (const [name, c] of Object.entries(counts)) {
      console.log(`  ${name.padEnd(14)} 新增 ${c.created}，更新 ${c.updated}，未变 ${c.unchanged}`)
    }
  } finally {
    await target.close()
  }
}

main().catch((error) => {
  if (error instanceof StreetPackageProblems) {
    console.error('数据包有误，未写入：')
    for (const p of error.problems) console.error(`  - ${p}`)
  } else console.error('写入失败：', error instanceof Error ? error.message : error)
  process.exit(1)
})
