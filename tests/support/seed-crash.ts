/**
 * Run as a child process: opens the real local platform on a data dir and seeds it, but SIGKILLs
 * itself after `n` seed inserts, the way a crash or a hard stop during a first start would.
 * Usage: node --import tsx tests/support/seed-crash.ts <dataDir> <n>
 */
import { createLocalPlatform } from '../../cloudfunctions/_platform/runtime/local'
import type { Store } from '../../cloudfunctions/_platform/store/port'
import { seedIfEmpty } from '../../cloudfunctions/_seed/seed'

async function main() {
  const [dataDir, n] = process.argv.slice(2)
  const platform = await createLocalPlatform({ dataDir })
  let inserts = 0
  const store = platform.store
  const collection = ((name: string) => {
    const real = store.collection(name)
    return {
      ...real,
      async insert(doc: Parameters<typeof real.insert>[0]) {
        const out = await real.insert(doc)
        if (++inserts >= Number(n)) process.kill(process.pid, 'SIGKILL')
        return out
      },
    }
  }) as Store['collection']
  const dying: Store = {
    kind: store.kind,
    collection,
    transaction: (fn) => store.transaction(fn),
    migrate: () => store.migrate(),
    close: () => store.close(),
  }
  await seedIfEmpty(dying, new Date())
  console.log(`seed finished before ${n} inserts`)
}

void main()
