/**
 * npm start — the product on its embedded default: builds the H5 app if missing or stale, bundles
 * the functions, opens the store (PGlite in .data/ unless XIAOBEI_STORE_URL / DATABASE_URL names
 * PostgreSQL), migrates, seeds an empty database, serves everything on 127.0.0.1:8787 (PORT), and
 * shuts down cleanly on SIGINT / SIGTERM, also while it is still starting (a second signal stops
 * it at once: the seed and the store are safe to interrupt). Files it creates are owner-only.
 */
import { bundleFunctions } from '../cloudfunctions/_host/bundle'
import { startScheduler } from '../cloudfunctions/_host/scheduler'
import { type Host, startHost } from '../cloudfunctions/_host/server'
import { ensureBootstrapInvite } from '../cloudfunctions/_platform/runtime/bootstrap-invite'
import { createLocalPlatform, type LocalPlatform } from '../cloudfunctions/_platform/runtime/local'
import { seedIfEmpty } from '../cloudfunctions/_seed/seed'
import { PERSONA_USERS } from '../cloudfunctions/_seed/street'
import { ensureH5Build } from './lib/h5-build'
import { FUNCTIONS_OUT, FUNCTIONS_SRC, H5_OUT } from './lib/paths'

/** residents' data: nothing this process creates is readable by other users */
process.umask(0o077)

const running: { platform?: LocalPlatform; host?: Host; scheduler?: ReturnType<typeof startScheduler> } = {}
let ready = false
let stopSignal: string | null = null

/** Installed before any long work, so Ctrl+C during the first start stops it cleanly too. */
function onSignal(signal: string) {
  if (stopSignal) {
    console.log('\n再次收到信号，立即退出。')
    process.exit(130)
  }
  stopSignal = signal
  console.log(`\n收到 ${signal}，正在停止…`)
  setTimeout(() => {
    console.error('停止超时，强制退出。')
    process.exit(1)
  }, 10_000).unref()
  // while starting, main() stops at its next step; once serving, stop now
  if (ready) void shutdown()
}
process.on('SIGINT', () => onSignal('SIGINT'))
process.on('SIGTERM', () => onSignal('SIGTERM'))

// Under `npm start`, a SIGTERM sent to npm alone stops npm and its shell but is not passed on to
// this process: when they are gone (this process is handed to another parent), stop as if signalled.
if (process.env.npm_lifecycle_event) {
  const parent = process.ppid
  setInterval(() => {
    if (process.ppid !== parent && !stopSignal) onSignal('npm 已退出')
  }, 500).unref()
}

async function shutdown(): Promise<never> {
  running.scheduler?.stop()
  await running.host?.close().catch(() => undefined)
  await running.platform?.store.close().catch(() => undefined)
  running.platform?.lock?.release()
  process.exit(0)
}

async function main() {
  const started = performance.now()
  ensureH5Build()
  if (stopSignal) return shutdown()
  await bundleFunctions({ sourceDir: FUNCTIONS_SRC, outDir: FUNCTIONS_OUT })
  if (stopSignal) return shutdown()
  const platform = await createLocalPlatform({
    storeUrl: process.env.XIAOBEI_STORE_URL || process.env.DATABASE_URL || undefined,
    dataDir: process.env.XIAOBEI_DATA_DIR || undefined,
  })
  running.platform = platform
  if (stopSignal) return shutdown()
  // demo login off (XIAOBEI_DEMO=0): the demo street without its people, for trying real sign-in
  const seed = await seedIfEmpty(platform.store, platform.clock.now(), { people: platform.demoLogin === true })
  if (stopSignal) return shutdown()
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
    instance: platform.lock?.token,
  })
  running.host = host
  platform.lock?.announce(Number(new URL(host.url).port))
  running.scheduler = startScheduler(host)
  if (stopSignal) return shutdown()
  ready = true
  const seconds = ((performance.now() - started) / 1000).toFixed(1)

  console.log(`\n小北已启动（${seconds} 秒）：${host.url}`)
  const seeded = platform.demoLogin
    ? '（已写入演示数据：海北街道）'
    : '（已写入海北街道的地点、机构、类别和规则，不含演示人员）'
  console.log(`  数据：${platform.store.kind}${seed.seeded ? seeded : ''}`)
  console.log(`  接口：${host.url}/api/<函数名>   目录：${host.url}/api/_catalog   健康检查：${host.url}/healthz`)
  if (bootstrap === 'created')
    console.log('  首位街道管理员：用 XIAOBEI_BOOTSTRAP_CODE 的邀请码在“我的”里兑换（仅一次）')
  if (platform.demoLogin) {
    console.log('  演示身份（在页面上“切换身份”选择）：')
    for (const u of PERSONA_USERS) console.log(`    ${u.persona.padEnd(18)} ${u.name}  ${u.title ?? ''}`)
  } else console.log('  演示登录已关闭（XIAOBEI_DEMO=0）：用微信登录或工作人员账号密码登录')
  console.log('按 Ctrl+C 停止。')
}

main().catch((error) => {
  if (stopSignal) return shutdown()
  console.error('启动失败：', error instanceof Error ? error.message : error)
  process.exit(1)
})
