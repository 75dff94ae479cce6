/**
 * PGlite: embedded PostgreSQL in WASM, one process's database (memory, or a data directory).
 * PGlite is a single connection and queues queries and transactions itself. Inside a transaction
 * only `tx.query` may be used: `db.query` there waits for the transaction and hangs.
 */
import type { Migration } from './collections'
import type { Store } from './port'
import { createSqlStore, type Row, type SqlDriver, type SqlExecutor } from './sql-store'

export interface PgliteStoreOptions {
  /** data directory; in memory when omitted */
  dataDir?: string
  /** a dumped data directory (`dumpDataDir()`) to start from: much faster than a fresh initdb */
  loadDataDir?: Blob | File
  /** default: the real list from collections.ts */
  migrations?: Migration[]
}

interface PgliteLike {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>
  transaction<T>(
    fn: (tx: { query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }> }) => Promise<T>,
  ): Promise<T>
  close(): Promise<void>
}

export function pgliteDriver(db: PgliteLike): SqlDriver {
  const exec =
    (q: PgliteLike['query']): SqlExecutor['query'] =>
    async (sql, params) =>
      (await q(sql, params)).rows as Row[]
  return {
    query: exec((sql, params) => db.query(sql, params)),
    transaction: (fn) => db.transaction((tx) => fn({ query: exec((sql, params) => tx.query(sql, params)) })),
    close: () => db.close(),
  }
}

export async function createPgliteStore(options: PgliteStoreOptions = {}): Promise<Store> {
  const { PGlite } = await import('@electric-sql/pglite')
  const db = await PGlite.create(options.dataDir, options.loadDataDir ? { loadDataDir: options.loadDataDir } : {})
  return createSqlStore(pgliteDriver(db as unknown as PgliteLike), { kind: 'pglite', migrations: options.migrations })
}
