/**
 * The one SQL implementation of the store port, shared by PGlite and PostgreSQL through a tiny
 * driver: `query(sql, params) → rows` and `transaction(fn(tx))`.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { migrations as allMigrations, type CollectionDecl, declaredCollections, type Migration } from './collections'
import {
  clampLimit,
  cleanChanges,
  decodeCursor,
  docBody,
  encodeCursor,
  requireDecl,
  requireId,
  sortKeys,
  sortValue,
} from './common'
import { factorWheres } from './factor-wheres'
import {
  type Changes,
  type Collection,
  type FindOptions,
  type GroupPart,
  type IncrementOptions,
  type NewDoc,
  type Page,
  type PatchOptions,
  type Scalar,
  type Store,
  StoreConflictError,
  type StoredDoc,
  StoreNotFoundError,
  type Tx,
  type TxCollection,
  type Where,
} from './port'
import { collectionDdl, ident, MIGRATIONS_TABLE, migrationsTableDdl } from './sql-schema'
import { afterSql, groupPartSql, orderSql, Params, whereSql } from './sql-where'

export type Row = Record<string, unknown>

export interface SqlExecutor {
  query(sql: string, params?: unknown[]): Promise<Row[]>
}

export interface SqlDriver extends SqlExecutor {
  /** runs fn inside BEGIN … COMMIT; a throw rolls back and is rethrown */
  transaction<R>(fn: (tx: SqlExecutor) => Promise<R>): Promise<R>
  close(): Promise<void>
}

export interface SqlStoreOptions {
  kind: 'pglite' | 'postgres'
  /** default: the real list from collections.ts */
  migrations?: Migration[]
  /** runs first in the migration transaction, under its lock (e.g. CREATE SCHEMA) */
  prepare?: (tx: SqlExecutor) => Promise<void>
}

function toDoc<T>(row: Row): T {
  const doc = typeof row.doc === 'string' ? JSON.parse(row.doc) : (row.doc as Record<string, unknown>)
  return { ...doc, _id: row._id as string, _v: Number(row._v) } as T
}

async function getById<T>(db: SqlExecutor, decl: CollectionDecl, id: string): Promise<T | null> {
  const rows = await db.query(`SELECT _id, _v, doc FROM ${ident(decl.name)} WHERE _id = $1::text`, [id])
  return rows.length > 0 ? toDoc<T>(rows[0]) : null
}

async function insertDoc<T>(db: SqlExecutor, decl: CollectionDecl, doc: Record<string, unknown>): Promise<T> {
  const id = requireId(doc)
  const rows = await db.query(
    `INSERT INTO ${ident(decl.name)} (_id, _v, doc) VALUES ($1::text, 1, $2::jsonb) ON CONFLICT (_id) DO NOTHING RETURNING _id, _v, doc`,
    [id, JSON.stringify(docBody(doc))],
  )
  if (rows.length === 0) throw new StoreConflictError(`${decl.name}/${id} already exists`)
  return toDoc<T>(rows[0])
}

async function patchDoc<T>(
  db: SqlExecutor,
  decl: CollectionDecl,
  id: string,
  changes: Record<string, unknown>,
  options: PatchOptions | undefined,
): Promise<T> {
  const params: unknown[] = [id, JSON.stringify(cleanChanges(changes))]
  let versionSql = ''
  if (options?.expectedVersion !== undefined) {
    params.push(options.expectedVersion)
    versionSql = ' AND _v = $3::integer'
  }
  const rows = await db.query(
    `UPDATE ${ident(decl.name)} SET doc = doc || $2::jsonb, _v = _v + 1 WHERE _id = $1::text${versionSql} RETURNING _id, _v, doc`,
    params,
  )
  if (rows.length > 0) return toDoc<T>(rows[0])
  const current = await getById<StoredDoc>(db, decl, id)
  if (!current) throw new StoreNotFoundError(`${decl.name}/${id} not found`)
  throw new StoreConflictError(
    `${decl.name}/${id} changed: expected version ${options?.expectedVersion}, found ${current._v}`,
  )
}

async function incrementDoc(
  db: SqlExecutor,
  decl: CollectionDecl,
  id: string,
  field: string,
  by: number,
  options: IncrementOptions = {},
): Promise<number | null> {
  if (field === '_id' || field === '_v') throw new Error(`store: cannot increment ${field}`)
  if (!Number.isFinite(by)) throw new Error('store: increment needs a finite number')
  const table = ident(decl.name)
  const value = `coalesce((${table}.doc->>$3::text)::numeric, 0) + $2::numeric`
  const params: unknown[] = [id, by, field]
  let capSql = ''
  if (options.max !== undefined) {
    params.push(options.max)
    capSql = ` AND ${value} <= $4::numeric`
  }
  const set = `doc = ${table}.doc || jsonb_build_object($3::text, ${value}), _v = ${table}._v + 1`
  const returning = `RETURNING (doc->>$3::text)::numeric AS n`
  // one statement: the row lock makes concurrent increments queue, and the cap is re-checked on the
  // row as the previous holder left it (an upsert's insert race ends in the same DO UPDATE)
  const sql =
    options.upsert && (options.max === undefined || by <= options.max)
      ? `INSERT INTO ${table} (_id, _v, doc) VALUES ($1::text, 1, jsonb_build_object($3::text, $2::numeric)) ON CONFLICT (_id) DO UPDATE SET ${set} WHERE true${capSql} ${returning}`
      : `UPDATE ${table} SET ${set} WHERE _id = $1::text${capSql} ${returning}`
  const rows = await db.query(sql, params)
  return rows.length > 0 ? Number(rows[0].n) : null
}

async function removeDoc(db: SqlExecutor, decl: CollectionDecl, id: string): Promise<boolean> {
  const rows = await db.query(`DELETE FROM ${ident(decl.name)} WHERE _id = $1::text RETURNING _id`, [id])
  return rows.length > 0
}

/**
 * One `count(*) FILTER` per asked where. The conditions every where shares go once into the outer
 * WHERE, and each FILTER keeps only the rest of its where; the outer WHERE ORs the distinct rests
 * (so each one's index narrows the scan), without those that only add a condition to another.
 * Null when every where is null.
 */
function filteredCounts<K extends string>(decl: CollectionDecl, wheres: Record<K, Where | null>, params: Params) {
  const asked = (Object.keys(wheres) as K[]).filter((k) => wheres[k] !== null)
  if (asked.length === 0) return null
  const f = factorWheres(Object.fromEntries(asked.map((k) => [k, wheres[k] as Where])) as Record<K, Where>)
  const all = (conds: string[]) => (conds.length > 0 ? conds.join(' AND ') : 'true')
  const common = whereSql(decl, f.common, params)
  const each = asked.map((k) => whereSql(decl, f.rests[k], params))
  const alternatives = f.alternatives.map((w) => `(${all(whereSql(decl, w, params))})`)
  const outer = [...common, ...(alternatives.length > 0 ? [`(${alternatives.join(' OR ')})`] : [])]
  return {
    asked,
    params,
    select: each.map((c, i) => `count(*) FILTER (WHERE ${all(c)})::int AS n${i}`).join(', '),
    where: outer.length > 0 ? ` WHERE ${outer.join(' AND ')}` : '',
  }
}

const groupValue = (v: unknown): Scalar =>
  v === null || v === undefined ? null : typeof v === 'bigint' ? Number(v) : (v as Scalar)

function sqlCollection<T extends StoredDoc>(driver: SqlDriver, decl: CollectionDecl): Collection<T> {
  const table = ident(decl.name)
  return {
    get: (id) => getById<T>(driver, decl, id),

    async find(options: FindOptions = {}): Promise<Page<T>> {
      const keys = sortKeys(decl, options.orderBy)
      const limit = clampLimit(options.limit)
      const params = new Params()
      const conds = whereSql(decl, options.where, params)
      if (options.cursor) conds.push(afterSql(decl, keys, decodeCursor(options.cursor, keys), params))
      const sortCols = keys
        .filter((k) => k.field !== '_id')
        .map((k, i) => `, ${ident(k.field)} AS s${i}`)
        .join('')
      const sql =
        `SELECT _id, _v, doc${sortCols} FROM ${table}` +
        (conds.length > 0 ? ` WHERE ${conds.join(' AND ')}` : '') +
        ` ORDER BY ${orderSql(keys)} LIMIT ${limit + 1}`
      const rows = await driver.query(sql, params.values)
      const more = rows.length > limit
      const page = more ? rows.slice(0, limit) : rows
      let nextCursor: string | null = null
      if (more) {
        const last = page[page.length - 1]
        let s = 0
        nextCursor = encodeCursor(
          keys.map((k) => (k.field === '_id' ? (last._id as string) : sortValue({ v: last[`s${s++}`] }, 'v'))),
        )
      }
      return { items: page.map((r) => toDoc<T>(r)), nextCursor }
    },

    async count(where?: Where): Promise<number> {
      const params = new Params()
      const conds = whereSql(decl, where, params)
      const rows = await driver.query(
        `SELECT count(*)::int AS n FROM ${table}${conds.length > 0 ? ` WHERE ${conds.join(' AND ')}` : ''}`,
        params.values,
      )
      return Number(rows[0].n)
    },

    async countEach<K extends string>(wheres: Record<K, Where | null>): Promise<Record<K, number>> {
      const keys = Object.keys(wheres) as K[]
      const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>
      const q = filteredCounts(decl, wheres, new Params())
      if (!q) return out
      const rows = await driver.query(`SELECT ${q.select} FROM ${table}${q.where}`, q.params.values)
      q.asked.forEach((k, i) => {
        out[k] = Number(rows[0][`n${i}`])
      })
      return out
    },

    async countEachBy<K extends string>(by: readonly GroupPart[], wheres: Record<K, Where | null>) {
      const keys = Object.keys(wheres) as K[]
      const params = new Params()
      const parts = by.map((part) => groupPartSql(decl, part, params))
      const q = filteredCounts(decl, wheres, params)
      if (!q) return []
      const groupCols = parts.map((p, i) => `${p} AS g${i}`).join(', ')
      const sql = `SELECT ${groupCols}, ${q.select} FROM ${table}${q.where} GROUP BY ${parts.map((_, i) => `g${i}`).join(', ')}`
      // the planner has no statistics on PGlite (no autovacuum there), takes the rows for a handful
      // and sorts them into groups; hashing them is several times faster on thousands of rows, and
      // a grouped count's groups are few (CloudBase refuses 10,000 or more)
      const rows = await driver.transaction(async (tx) => {
        await tx.query('SET LOCAL enable_sort = off')
        return tx.query(sql, q.params.values)
      })
      return rows.map((row) => {
        const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>
        q.asked.forEach((k, i) => {
          counts[k] = Number(row[`n${i}`])
        })
        return { key: by.map((_, i) => groupValue(row[`g${i}`])), counts }
      })
    },

    insert: (doc: NewDoc<T>) => insertDoc<T>(driver, decl, doc as Record<string, unknown>),

    patch: (id: string, changes: Changes<T>, options?: PatchOptions) =>
      patchDoc<T>(driver, decl, id, changes as Record<string, unknown>, options),

    increment: (id, field, by, options) => incrementDoc(driver, decl, id, field, by, options),

    remove: (id) => removeDoc(driver, decl, id),
  }
}

function txCollection<T extends StoredDoc>(tx: SqlExecutor, decl: CollectionDecl): TxCollection<T> {
  return {
    get: (id) => getById<T>(tx, decl, id),
    insert: (doc) => insertDoc<T>(tx, decl, doc as Record<string, unknown>),
    patch: (id, changes, options) => patchDoc<T>(tx, decl, id, changes as Record<string, unknown>, options),
    increment: (id, field, by, options) => incrementDoc(tx, decl, id, field, by, options),
    remove: (id) => removeDoc(tx, decl, id),
  }
}

/**
 * Inside `store.transaction(fn)` only `tx` may be used: PGlite is one connection, so a query on the
 * store there would wait for the transaction forever (and on PostgreSQL it would not see the
 * transaction's writes). Such a call fails at once instead.
 */
function guarded(driver: SqlDriver): SqlDriver {
  const inTx = new AsyncLocalStorage<boolean>()
  const outside = () => {
    if (inTx.getStore()) {
      throw new Error('store: inside store.transaction(fn) use tx.collection(...), not store.collection(...)')
    }
  }
  return {
    async query(sql, params) {
      outside()
      return driver.query(sql, params)
    },
    async transaction(fn) {
      outside()
      return driver.transaction((tx) => inTx.run(true, () => fn(tx)))
    },
    close: () => driver.close(),
  }
}

export function createSqlStore(rawDriver: SqlDriver, options: SqlStoreOptions): Store {
  const list = options.migrations ?? allMigrations
  const decls = declaredCollections(list)
  const driver = guarded(rawDriver)
  return {
    kind: options.kind,

    collection<T extends StoredDoc = StoredDoc>(name: string): Collection<T> {
      return sqlCollection<T>(driver, requireDecl(decls, name))
    },

    transaction<R>(fn: (tx: Tx) => Promise<R>): Promise<R> {
      return driver.transaction((sqlTx) =>
        fn({
          collection: <T extends StoredDoc = StoredDoc>(name: string) =>
            txCollection<T>(sqlTx, requireDecl(decls, name)),
        }),
      )
    },

    migrate(): Promise<string[]> {
      return driver.transaction(async (tx) => {
        // two processes starting at once: the second waits here until the first has committed
        await tx.query("SELECT pg_advisory_xact_lock(hashtext('xiaobei:migrate'))")
        await options.prepare?.(tx)
        await tx.query(migrationsTableDdl())
        const done = new Set((await tx.query(`SELECT id FROM ${ident(MIGRATIONS_TABLE)}`)).map((r) => r.id as string))
        const applied: string[] = []
        for (let i = 0; i < list.length; i++) {
          const m = list[i]
          if (done.has(m.id)) continue
          // a later declaration may index fields declared earlier: use the merged declaration so far
          const merged = declaredCollections(list.slice(0, i + 1))
          for (const decl of m.collections) {
            for (const statement of collectionDdl(requireDecl(merged, decl.name))) await tx.query(statement)
          }
          for (const r of m.rewrites ?? []) {
            requireDecl(merged, r.collection)
            await tx.query(
              `UPDATE ${ident(r.collection)} SET doc = jsonb_set(doc, ARRAY[$1::text], to_jsonb($3::text)), _v = _v + 1 WHERE doc->>$1::text = $2::text`,
              [r.field, r.from, r.to],
            )
          }
          await tx.query(`INSERT INTO ${ident(MIGRATIONS_TABLE)} (id, applied_at) VALUES ($1::text, now())`, [m.id])
          applied.push(m.id)
        }
        return applied
      })
    },

    close: () => driver.close(),
  }
}
