/**
 * PGlite: embedded PostgreSQL in WASM, one process's database (memory, or a data directory).
 * PGlite is a single connection; every statement and transaction here takes its locks, as its own
 * `query` and `transaction` do, so nothing interleaves.
 *
 * Statements go to PGlite as one pipelined extended-protocol message (Parse, Bind, Describe,
 * Execute, Sync) instead of PGlite's `query`, which makes a separate trip into the WASM for each of
 * five messages plus a Describe of the statement's parameter types. A statement with parameters is
 * prepared once under a name (the session's statement cache, like a driver's prepared statements)
 * and then only bound and executed: PostgreSQL parses and plans it once, not on every call. Every
 * parameter of the store's SQL carries its cast (`$1::text`), so the values go as text without a
 * Describe; results are parsed by PGlite's own row parsers, exactly as `query` parses them. A
 * transaction's BEGIN goes in the same message as its first statement.
 */
import { type PGlite, parse, protocol } from '@electric-sql/pglite'
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

/** Named statements kept in the session; the least recently used is closed beyond this. */
const MAX_PREPARED = 200

type BackendMessage = { name: string }

/** A parameter as PostgreSQL's text format, as PGlite's serializers write it for the cast types we use. */
function textParam(value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value)
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) throw new Error('store: the PGlite driver takes no array parameters')
  return JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))
}

function concat(parts: Uint8Array[]): Uint8Array {
  let size = 0
  for (const p of parts) size += p.length
  const out = new Uint8Array(size)
  let offset = 0
  for (const p of parts) {
    out.set(p, offset)
    offset += p.length
  }
  return out
}

export function pgliteDriver(db: PGlite): SqlDriver {
  const { serialize } = protocol
  const parsers = (db as unknown as { parsers: Parameters<typeof parse.parseResults>[1] }).parsers
  if (!parsers) throw new Error('store: this PGlite has no row parsers')
  /** sql → statement name, oldest first (a use moves it to the end) */
  const prepared = new Map<string, string>()
  /** names to close with the next message (evicted, or left unsure by an error) */
  let toClose: string[] = []
  let seq = 0
  let inTransaction = false

  /** One exchange with PGlite, under its query lock; a database error is thrown after the whole reply is read. */
  async function exchange(message: Uint8Array) {
    const messages = (await db.runExclusive(() =>
      db.execProtocolStream(message, { syncToFs: false, throwOnError: false } as never),
    )) as BackendMessage[]
    return {
      messages,
      error: messages.find((m) => m.name === 'error') as (Error & Record<string, unknown>) | undefined,
    }
  }

  /** One statement; `begin`: open the transaction first, in the same message. */
  async function run(sql: string, params: unknown[] = [], begin = false): Promise<Row[]> {
    const values = params.map(textParam)
    const parts: Uint8Array[] = begin ? [serialize.query('BEGIN')] : []
    for (const name of toClose) parts.push(serialize.close({ type: 'S', name }))
    toClose = []
    let name = ''
    let fresh = false
    if (values.length > 0) {
      const known = prepared.get(sql)
      if (known) {
        prepared.delete(sql)
        prepared.set(sql, known)
        name = known
      } else {
        name = `s${++seq}`
        fresh = true
        if (prepared.size >= MAX_PREPARED) {
          const [oldestSql, oldest] = prepared.entries().next().value as [string, string]
          prepared.delete(oldestSql)
          parts.push(serialize.close({ type: 'S', name: oldest }))
        }
      }
    }
    if (!name || fresh) parts.push(serialize.parse({ text: sql, name }))
    parts.push(
      serialize.bind({ statement: name, values }),
      serialize.describe({ type: 'P' }),
      serialize.execute({}),
      serialize.sync(),
    )
    const { messages, error } = await exchange(concat(parts))
    if (fresh && messages.some((m) => m.name === 'parseComplete')) prepared.set(sql, name)
    if (error) {
      // the statement may be stale (a changed table): prepare it again next time
      if (name && !fresh) {
        prepared.delete(sql)
        toClose.push(name)
      }
      throw Object.assign(error, { query: sql, params })
    }
    if (!inTransaction) await db.syncToFs()
    const results = parse.parseResults(messages as never, parsers)
    return results[results.length - 1]?.rows as Row[]
  }

  /** BEGIN, COMMIT or ROLLBACK as a simple query; returns the command PostgreSQL answered with. */
  async function simple(sql: string): Promise<string> {
    const { messages, error } = await exchange(serialize.query(sql))
    if (error) throw Object.assign(error, { query: sql })
    const done = messages.find((m) => m.name === 'commandComplete') as { text?: string } | undefined
    return done?.text ?? ''
  }

  return {
    // one statement at a time and never inside another caller's transaction (PGlite's transaction lock)
    query: (sql, params) => db._runExclusiveTransaction(() => run(sql, params)),
    transaction: (fn) =>
      db._runExclusiveTransaction(async () => {
        inTransaction = true
        // BEGIN goes with the transaction's first statement (one exchange fewer); none, no transaction
        let begun = false
        const tx: SqlExecutor = {
          query: (sql, params) => {
            const begin = !begun
            begun = true
            return run(sql, params, begin)
          },
        }
        try {
          const result = await fn(tx)
          if (begun && (await simple('COMMIT')) === 'ROLLBACK')
            throw new Error('store: the transaction was rolled back')
          return result
        } catch (error) {
          if (db.isInTransaction()) await simple('ROLLBACK')
          throw error
        } finally {
          inTransaction = false
          await db.syncToFs()
        }
      }),
    close: () => db.close(),
  }
}

export async function createPgliteStore(options: PgliteStoreOptions = {}): Promise<Store> {
  const { PGlite } = await import('@electric-sql/pglite')
  const db = await PGlite.create(options.dataDir, options.loadDataDir ? { loadDataDir: options.loadDataDir } : {})
  return createSqlStore(pgliteDriver(db), { kind: 'pglite', migrations: options.migrations })
}
