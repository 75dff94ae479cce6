/**
 * npm start — the product on its embedded default: builds the H5 app if missing or stale, bundles
 * the functions, opens the store (PGlite in .data/ unless XIAOBEI_STORE_URL / DATABASE_URL names
 * PostgreSQL), migrates, seeds an empty database, serves everything on 127.0.0.1:8787 (PORT), and
 * shuts down cleanly on SIGINT / SIGTERM.
 */
import { bundleFunctions } from '../cloudfunctions/_host/bundle'
import { startScheduler } from '../cloudfunctions/_host/scheduler'
import { startHost } from '../cloudfunctions/_host/server'
import { ensureBootstrapInvite } from '../cloudfunctions/_platform/runtime/bootstrap-invite'
import { createLocalPlatform } from '../cloudfunctions/_platform/runtime/local'
import { seedIfEmpty } from '../cloudfunctions/_seed/seed'
import { PERSONA_USERS } from '../cloudfunctions/_seed/street'
import { ensureH5Build } from './lib/h5-build'
import { FUNCTIONS_OUT, FUNCTIONS_SRC, H5_OUT } from './lib/paths'

async function main() {
  const started = performance.now()
  ensureH5Build()
  await bundleFunctions({ sourceDir: FUNCTIONS_SRC, outDir: FUNCTIONS_OUT })
  const platform = await createLocalPlatform({
    storeUrl: process.env.XIAOBEI_STORE_URL || process.env.DATABASE_URL || undefined,
    dataDir: process.env.XIAOBEI_DATA_DIR || undefined,
  })
  const seed = await seedIfEmpty(platform.store, platform.clock.now())
  const bootstrap = await ensureBootstrapInvite(
    platform.store,
    { code: process.env.XIAOBEI_BOOTSTRAP_CODE, streetId: process.env.XIAOBEI_BOOTSTRAP_STREET },
    platform.clock.now(),
  )
  const host = await startHost({
    platform,
    functionsDir: FUNCTIONS_OUT,
    h5Dir: H5_OUT,
    port: Number(process.env.PORT || 8787),
  })
  const scheduler = startScheduler(host)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)

  console.log(`\n小北已启动（${seconds} 秒）：${host.url}`)
  console.log(`  数据：${platform.store.kind}${seed.seeded ? '（已写入演示数据：海北街道）' : ''}`)
  console.log(`  接口：${host.url}/api/<函数名>   目录：${host.url}/api/_catalog   健康检查：${host.url}/healthz`)
  if (bootstrap === 'created')
    console.log('  首位街道管理员：用 XIAOBEI_BOOTSTRAP_CODE 的邀请码在“我的”里兑换（仅一次）')
  console.log('  演示身份（在页面上“切换身份”选择）：')
  for (const u of PERSONA_USERS) console.log(`    ${u.persona.padEnd(18)} ${u.name}  ${u.title ?? ''}`)
  console.log('按 Ctrl+C 停止。')

  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    console.log(`\n收到 ${signal}，正在停止…`)
    scheduler.stop()
    await host.close()
    await platform.store.close()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop('SIGINT'))
  process.on('SIGTERM', () => void stop('SIGTERM'))
}

main().catch((error) => {
  console.error('启动失败：', error instanceof Error ? error.message : error)
  process.exit(1)
})
