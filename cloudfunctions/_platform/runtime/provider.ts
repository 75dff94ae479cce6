/**
 * How a bundled function finds its platform:
 * 1. the local host injects one platform for the whole process (every bundle shares one store);
 * 2. inside CloudBase, the CloudBase platform;
 * 3. otherwise (a bundle run on its own with node), a local platform from XIAOBEI_* variables.
 * This file is the edge that may read process.env; the core never does.
 */
import type { Platform } from '../ports'

const INJECTED = Symbol.for('xiaobei.platform')

type Holder = { [INJECTED]?: Promise<Platform> }

/** The local host calls this before loading bundles. */
export function injectPlatform(platform: Promise<Platform>): void {
  ;(globalThis as Holder)[INJECTED] = platform
}

export function clearInjectedPlatform(): void {
  delete (globalThis as Holder)[INJECTED]
}

export function isCloudbaseRuntime(env: NodeJS.ProcessEnv = process.env): boolean {
  return (
    env.XIAOBEI_RUNTIME === 'cloudbase' ||
    (env.XIAOBEI_RUNTIME !== 'local' && Boolean(env.TCB_ENV || env.SCF_NAMESPACE))
  )
}

let own: Promise<Platform> | undefined

export function getPlatform(): Promise<Platform> {
  const injected = (globalThis as Holder)[INJECTED]
  if (injected) return injected
  if (!own) {
    own = isCloudbaseRuntime()
      ? import('./cloudbase').then((m) => m.createCloudbasePlatform())
      : import('./local').then((m) =>
          m.createLocalPlatform({ storeUrl: process.env.XIAOBEI_STORE_URL, dataDir: process.env.XIAOBEI_DATA_DIR }),
        )
    own.catch(() => {
      own = undefined // let the next call try again
    })
  }
  return own
}
