/**
 * PostgreSQL through `pg` (self-hosted): the same SQL as PGlite over a connection pool. A
 * transaction holds one pooled client from BEGIN to COMMIT or ROLLBACK.
 */
import type { Migration } from './collections'
import { type Store, StoreConflictError } from './port'
import { ident } from './sql-schema'
import { createSqlStore, type Row, type SqlDriver } from './sql-store'

export interface PostgresStoreOptions {
  /** postgres://user@host:port/db */
  url: string
  /** a schema of its own (created on migrate, first on the search path); default: the server's */
  schema?: string
  /** default: the real list from collections.ts */
  migrations?: Migration[]
  /** pool size, default 10 */
  max?: number
}

export async function createPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const pg = (await import('pg')) as typeof import('pg') & { default?: typeof import('pg') }
  const Pool = pg.Pool ?? pg.default?.Pool
  const schema = options.schema
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`store: bad schema name "${schema}"`)
  const pool = new Pool({
    connectionString: options.url,
    max: options.max ?? 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  })
  // an idle client's network error must not crash the process; the next query reports it
  pool.on('error', (error) => console.warn(`[store] postgres idle client error: ${error.message}`))
  const driver: SqlDriver = {
    query: async (sql, params) => (await pool.query(sql, params)).rows as Row[],
    async transaction(fn) {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        const result = await fn({ query: async (sql, params) => (await client.query(sql, params)).rows as Row[] })
        await client.query('COMMIT')
        return result
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        // a deadlock or serialization failure rolled this side back: a conflict, which the caller may retry
        const code = (error as { code?: unknown } | null)?.code
        if (code === '40P01' || code === '40001')
          throw new StoreConflictError(`postgres ${code}: transaction rolled back`)
        throw error
      } finally {
        client.release()
      }
    },
    close: () => pool.end(),
  }
  return createSqlStore(driver, {
    kind: 'postgres',
    migrations: options.migrations,
    prepare: schema
      ? async (tx) => {
          await tx.query(`CREATE SCHEMA IF NOT EXISTS ${ident(schema)}`)
        }
      : undefined,
  })
}
