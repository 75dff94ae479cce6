/** npm run seed [-- --reset] — write the demo street into the configured store. */
import { createLocalPlatform } from '../cloudfunctions/_platform/runtime/local'
import { resetAndSeed, seedIfEmpty } from '../cloudfunctions/_seed/seed'

/** residents' data: nothing this process creates is readable by other users */
process.umask(0o077)

async function main() {
  const reset = process.argv.includes('--reset')
  const platform = await createLocalPlatform({
    storeUrl: process.env.XIAOBEI_STORE_URL || process.env.DATABASE_URL || undefined,
    dataDir: process.env.XIAOBEI_DATA_DIR || undefined,
  })
  const now = platform.clock.now()
  const options = { people: platform.demoLogin === true }
  const result = reset
    ? await resetAndSeed(platform.store, now, options)
    : await seedIfEmpty(platform.store, now, options)
  if (!result.seeded) console.log('数据库里已有演示数据，未做改动。要重置请运行：npm run seed -- --reset')
  else console.log(`已写入演示数据（${platform.store.kind}）：`, result.counts)
  await platform.store.close()
}

main().catch((error) => {
  console.error('写入演示数据失败：', error instanceof Error ? error.message : error)
  process.exit(1)
})
