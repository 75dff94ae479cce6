/**
 * Run as a child process: a live local host on a data dir (the real platform, lock and server),
 * announcing its port in the lock as `npm start` does. Prints `ready <url>` and serves until killed.
 * Usage: node --import tsx tests/support/hold-data-dir.ts <dataDir> <functionsDir>
 */
import { startHost } from '../../cloudfunctions/_host/server'
import { createLocalPlatform } from '../../cloudfunctions/_platform/runtime/local'

async function main() {
  const [dataDir, functionsDir] = process.argv.slice(2)
  const platform = await createLocalPlatform({ dataDir })
  const host = await startHost({ platform, functionsDir, port: 0, instance: platform.lock?.token })
  platform.lock?.announce(Number(new URL(host.url).port))
  console.log(`ready ${host.url}`)
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
