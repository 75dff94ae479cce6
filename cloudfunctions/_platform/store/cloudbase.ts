/**
 * The store port over the CloudBase document database (`app.database()` of @cloudbase/node-sdk).
 *
 * - find: AND of `db.command` conditions, orderBy per key plus `_id` asc, limit + 1 to see a next
 *   page, keyset cursor as an `_.or` of range conditions. Missing fields read as null, the smallest
 *   value, as in the SQL adapters.
 * - patch: `where({_id, _v}).update({..., _v: _.inc(1)})` is the compare-and-set; `{updated: 0}`
 *   is then told apart (not found / conflict) with a get.
 * - increment with a cap: `where({_id, field: _.lte(max - by)}).update({field: _.inc(by)})`, then a
 *   get for the new value (a concurrent increment may show through: inside a transaction the
 *   value is exact, so counters whose value must be unique are incremented there).
 * - transaction: `db.runTransaction` with by-id operations only (a `where().update()` would run
 *   outside the transaction). A write conflict the SDK gave up retrying (DATABASE_TRANSACTION_CONFLICT)
 *   is a StoreConflictError.
 * - migrate: creates missing collections and records applied ids in `_migrations`. Indexes are not
 *   created here: the bundler ships them as database-indexes.json (see `cloudbaseIndexes()`).
 */
import type { CloudbaseApp, CloudbaseDb, Condition, DbCommand, DbTransaction } from './cloudbase-sdk'

export type { CloudbaseApp, CloudbaseDb } from './cloudbase-sdk'

import { afterCondition, applyWhere, groupPartExpression, whereConditions, whereExpression } from './cloudbase-where'
import { migrations as allMigrations, type CollectionDecl, declaredCollections, type Migration } from './collections'
import {
  clampLimit,
  cleanChanges,
  decodeCursor,
  docBody,
  encodeCursor,
  MAX_LIMIT,
  requireDecl,
  requireId,
  sortKeys,
  sortValue,
} from './common'
import {
  type Collection,
  type FindOptions,
  type GroupPart,
  type IncrementOptions,
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

export interface CloudbaseStoreOptions {
  /** the result of `tcb.init(...)` */
  app: CloudbaseApp
  /** default: the real list from collections.ts */
  migrations?: Migration[]
}

export const CLOUDBASE_MIGRATIONS_COLLECTION = '_migrations'
/** what one grouped aggregate may answer: an aggregate's `limit` goes up to 10,000 */
const MAX_GROUPS = 10_000

const errorText = (error: unknown) =>
  error && typeof error === 'object'
    ? `${(error as { code?: unknown }).code ?? ''} ${(error as { message?: unknown }).message ?? ''}`
    : String(error)
const isDuplicateError = (error: unknown) => /duplicate|E11000|DUPLICATE/i.test(errorText(error))
const isTransactionConflict = (error: unknown) =>
  (error as { code?: unknown } | null)?.code === 'DATABASE_TRANSACTION_CONFLICT'
const isAlreadyExists = (error: unknown) => /already|\bexists\b|NamespaceExists/i.test(errorText(error))

function toDoc<T>(raw: unknown): T | null {
  if (!raw || typeof raw !== 'object') return null
  const doc = raw as Record<string, unknown>
  return { ...doc, _id: String(doc._id), _v: typeof doc._v === 'number' ? doc._v : Number(doc._v ?? 1) } as T
}

/** The update data for a top-level merge: objects are replaced whole (`_.set`), not merged by path. */
function setData(_: DbCommand, changes: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(changes)) {
    out[k] = v !== null && typeof v === 'object' && !Array.isArray(v) ? _.set(v) : v
  }
  return out
}

function cloudbaseCollection<T extends StoredDoc>(db: CloudbaseDb, decl: CollectionDecl): Collection<T> {
  const _ = db.command
  const coll = () => db.collection(decl.name)

  /** One aggregate's match (any of the filters) and a conditional sum per filter; null when none is asked. */
  function conditionalSums<K extends string>(wheres: Record<K, Where | null>) {
    const asked = (Object.keys(wheres) as K[]).filter((k) => wheres[k] !== null)
    if (asked.length === 0) return null
    const sums: Record<string, unknown> = {}
    asked.forEach((k, i) => {
      sums[`n${i}`] = { $sum: { $cond: [whereExpression(decl, wheres[k] as Where), 1, 0] } }
    })
    const each = asked.map((k) => whereConditions(_, decl, wheres[k] as Where))
    let pipeline = coll().aggregate()
    if (each.every((c) => c.length > 0)) {
      pipeline = pipeline.match(_.or(each.map((c) => (c.length === 1 ? c[0] : _.and(c)))))
    }
    return { asked, sums, pipeline }
  }
  const get = async (id: string): Promise<T | null> => {
    const res = await coll().doc(id).get()
    const list = Array.isArray(res.data) ? res.data : [res.data]
    return toDoc<T>(list[0])
  }
  return {
    get,

    async find(options: FindOptions = {}): Promise<Page<T>> {
      const keys = sortKeys(decl, options.orderBy)
      const limit = clampLimit(options.limit)
      const conditions = whereConditions(_, decl, options.where)
      if (options.cursor) {
        const after = afterCondition(_, keys, decodeCursor(options.cursor, keys))
        if (after === null) return { items: [], nextCursor: null }
        conditions.push(after)
      }
      let query = applyWhere(_, coll(), conditions)
      for (const k of keys) query = query.orderBy(k.field, k.direction)
      const fetch = Math.min(limit + 1, MAX_LIMIT)
      const res = await query.limit(fetch).get()
      const rows = (res.data ?? []).map((d) => toDoc<T>(d) as T)
      // at the 1000 cap a full page may be followed by an empty one
      const more = rows.length > limit || (fetch === limit && rows.length === limit)
      const items = rows.slice(0, limit)
      const last = items[items.length - 1]
      return {
        items,
        nextCursor: more && last ? encodeCursor(keys.map((k) => sortValue(last, k.field))) : null,
      }
    },

    async count(where?: Where): Promise<number> {
      const res = await applyWhere(_, coll(), whereConditions(_, decl, where)).count()
      return Number(res.total)
    },

    async countEach<K extends string>(wheres: Record<K, Where | null>): Promise<Record<K, number>> {
      const keys = Object.keys(wheres) as K[]
      const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>
      const q = conditionalSums(wheres)
      if (!q) return out
      const res = await q.pipeline.group({ _id: null, ...q.sums }).end()
      const row = res.data?.[0] ?? {}
      q.asked.forEach((k, i) => {
        out[k] = Number(row[`n${i}`] ?? 0)
      })
      return out
    },

    async countEachBy<K extends string>(by: readonly GroupPart[], wheres: Record<K, Where | null>) {
      const keys = Object.keys(wheres) as K[]
      const id = Object.fromEntries(by.map((part, i) => [`g${i}`, groupPartExpression(decl, part)]))
      const q = conditionalSums(wheres)
      if (!q) return []
      // an aggregate answers 20 documents unless told more; 10,000 is its most
      const res = await q.pipeline
        .group({ _id: id, ...q.sums })
        .limit(MAX_GROUPS)
        .end()
      const rows = res.data ?? []
      if (rows.length >= MAX_GROUPS) throw new Error(`store: ${decl.name} countEachBy has ${MAX_GROUPS} or more groups`)
      return rows.map((row) => {
        const key = (row._id ?? {}) as Record<string, unknown>
        const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>
        q.asked.forEach((k, i) => {
          counts[k] = Number(row[`n${i}`] ?? 0)
        })
        return { key: by.map((_part, i) => (key[`g${i}`] ?? null) as Scalar), counts }
      })
    },

    async insert(doc) {
      const id = requireId(doc as Record<string, unknown>)
      const body = docBody(doc as Record<string, unknown>)
      try {
        await coll().add({ ...body, _id: id, _v: 1 })
      } catch (error) {
        if (isDuplicateError(error) || (await get(id).catch(() => null))) {
          throw new StoreConflictError(`${decl.name}/${id} already exists`)
        }
        throw error
      }
      return { ...body, _id: id, _v: 1 } as unknown as T
    },

    async patch(id, changes, options?: PatchOptions) {
      const clean = cleanChanges(changes as Record<string, unknown>)
      const match: Record<string, unknown> = { _id: id }
      if (options?.expectedVersion !== undefined) match._v = options.expectedVersion
      const res = await coll()
        .where(match)
        .update({ ...setData(_, clean), _v: _.inc(1) })
      // the SDK's update does not return the document: read it back (a later writer may show through)
      const current = await get(id)
      if (!current) throw new StoreNotFoundError(`${decl.name}/${id} not found`)
      if (!res.updated) {
        throw new StoreConflictError(
          `${decl.name}/${id} changed: expected version ${options?.expectedVersion}, found ${current._v}`,
        )
      }
      return current
    },

    async increment(id: string, field: string, by: number, options: IncrementOptions = {}) {
      if (field === '_id' || field === '_v') throw new Error(`store: cannot increment ${field}`)
      if (!Number.isFinite(by)) throw new Error('store: increment needs a finite number')
      let match: Condition = { _id: id }
      if (options.max !== undefined) {
        const cap = { [field]: _.lte(options.max - by) }
        // a missing field counts as 0, as in the SQL adapters
        match =
          by <= options.max
            ? _.and([{ _id: id }, _.or([cap, { [field]: _.exists(false) }])])
            : { _id: id, [field]: _.lte(options.max - by) }
      }
      const res = await coll()
        .where(match)
        .update({ [field]: _.inc(by), _v: _.inc(1) })
      if (res.updated === 1) return Number((await get(id))?.[field] ?? by)
      if (!options.upsert || (options.max !== undefined && by > options.max)) return null
      if (await get(id)) return null // it exists: the cap stopped it
      try {
        await coll().add({ _id: id, [field]: by, _v: 1 })
        return by
      } catch (error) {
        // another caller created it first: count on it as on any existing document
        if (!isDuplicateError(error)) throw error
        const res2 = await coll()
          .where(match)
          .update({ [field]: _.inc(by), _v: _.inc(1) })
        return res2.updated === 1 ? Number((await get(id))?.[field] ?? by) : null
      }
    },

    async remove(id: string) {
      const res = await coll().doc(id).remove()
      return Number(res.deleted ?? 0) > 0
    },
  }
}

function cloudbaseTxCollection<T extends StoredDoc>(
  _: DbCommand,
  t: DbTransaction,
  decl: CollectionDecl,
): TxCollection<T> {
  const ref = (id: string) => t.collection(decl.name).doc(id)
  const get = async (id: string): Promise<T | null> => {
    const res = await ref(id).get()
    const data = Array.isArray(res.data) ? res.data[0] : res.data
    return toDoc<T>(data)
  }
  return {
    get,
    async insert(doc) {
      const id = requireId(doc as Record<string, unknown>)
      if (await get(id)) throw new StoreConflictError(`${decl.name}/${id} already exists`)
      const body = { ...docBody(doc as Record<string, unknown>), _v: 1 }
      await ref(id).set(body)
      return { ...body, _id: id } as unknown as T
    },
    async patch(id, changes, options?: PatchOptions) {
      const current = await get(id)
      if (!current) throw new StoreNotFoundError(`${decl.name}/${id} not found`)
      if (options?.expectedVersion !== undefined && current._v !== options.expectedVersion) {
        throw new StoreConflictError(
          `${decl.name}/${id} changed: expected version ${options.expectedVersion}, found ${current._v}`,
        )
      }
      const clean = cleanChanges(changes as Record<string, unknown>)
      await ref(id).update({ ...setData(_, clean), _v: _.inc(1) })
      return { ...current, ...clean, _id: id, _v: current._v + 1 } as T
    },
    async increment(id, field, by, options: IncrementOptions = {}) {
      if (field === '_id' || field === '_v') throw new Error(`store: cannot increment ${field}`)
      if (!Number.isFinite(by)) throw new Error('store: increment needs a finite number')
      // the transaction's snapshot makes this read-then-update atomic: a concurrent writer aborts one side
      const current = await get(id)
      if (options.max !== undefined && Number(current?.[field] ?? 0) + by > options.max) return null
      if (!current) {
        if (!options.upsert) return null
        await ref(id).set({ [field]: by, _v: 1 })
        return by
      }
      const next = Number(current[field] ?? 0) + by
      await ref(id).update({ [field]: _.inc(by), _v: _.inc(1) })
      return next
    },
    async remove(id: string) {
      const res = await ref(id).remove()
      return Number(res.deleted ?? 0) > 0
    },
  }
}

export function createCloudbaseStore(options: CloudbaseStoreOptions): Store {
  const list = options.migrations ?? allMigrations
  const decls = declaredCollections(list)
  let db: CloudbaseDb | undefined
  const database = () => {
    db ??= options.app.database() as CloudbaseDb
    return db
  }

  const createCollection = async (name: string) => {
    try {
      await database().createCollection(name)
    } catch (error) {
      if (!isAlreadyExists(error)) throw error
    }
  }

  return {
    kind: 'cloudbase',

    collection<T extends StoredDoc = StoredDoc>(name: string): Collection<T> {
      return cloudbaseCollection<T>(database(), requireDecl(decls, name))
    },

    async transaction<R>(fn: (tx: Tx) => Promise<R>): Promise<R> {
      const d = database()
      try {
        return await d.runTransaction((t) =>
          fn({
            collection: <T extends StoredDoc = StoredDoc>(name: string) =>
              cloudbaseTxCollection<T>(d.command, t, requireDecl(decls, name)),
          }),
        )
      } catch (error) {
        // two transactions wrote one document: the SDK retried, then gave up; the caller may try again
        if (isTransactionConflict(error)) throw new StoreConflictError(`transaction conflict: ${errorText(error)}`)
        throw error
      }
    },

    async migrate(): Promise<string[]> {
      await createCollection(CLOUDBASE_MIGRATIONS_COLLECTION)
      const log = database().collection(CLOUDBASE_MIGRATIONS_COLLECTION)
      const done = new Set((await log.limit(MAX_LIMIT).get()).data.map((d) => String(d._id)))
      const applied: string[] = []
      const created = new Set<string>()
      for (const m of list) {
        if (done.has(m.id)) continue
        for (const decl of m.collections) {
          if (created.has(decl.name)) continue
          await createCollection(decl.name)
          created.add(decl.name)
        }
        for (const r of m.rewrites ?? []) {
          const d = database()
          await d
            .collection(r.collection)
            .where({ [r.field]: r.from })
            .update({ [r.field]: r.to, _v: d.command.inc(1) })
        }
        try {
          await log.add({ _id: m.id, appliedAt: new Date().toISOString() })
          applied.push(m.id)
        } catch (error) {
          // another instance recorded it first
          if (
            !isDuplicateError(error) &&
            !(await cloudbaseCollection(database(), { name: CLOUDBASE_MIGRATIONS_COLLECTION, fields: {} }).get(m.id))
          )
            throw error
        }
      }
      return applied
    },

    async close() {
      // the SDK holds no connection to close
    },
  }
}
