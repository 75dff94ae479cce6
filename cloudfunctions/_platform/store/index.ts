/**
 * The store for the local and self-hosted runtimes, chosen by URL:
 * `pglite:memory`, `pglite:<dir>`, or `postgres://…` / `postgresql://…`.
 * Drivers load lazily, so a bundle only needs the one it uses.
 */
import type { Store } from './port'

export type { Store } from './port'

export async function createStoreFromUrl(url: string): Promise<Store> {
  if (url === 'pglite:memory' || url === 'pglite:') {
    const { createPgliteStore } = await import('./pglite')
    return createPgliteStore()
  }
  if (url.startsWith('pglite:')) {
    const { createPgliteStore } = await import('./pglite')
    return createPgliteStore({ dataDir: url.slice('pglite:'.length) })
  }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    const { createPostgresStore } = await import('./postgres')
    return createPostgresStore({ url })
  }
  throw new Error(`store: unknown store URL "${url}" (use pglite:memory, pglite:<dir> or postgres://…)`)
}
