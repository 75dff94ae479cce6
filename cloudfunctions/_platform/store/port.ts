/**
 * The store port. It is shaped by what the CloudBase document database can really do
 * (docs/architecture.md, "The store port"): by-id reads, AND-filters on declared fields, sort,
 * cursor paging, count, insert, patch with an optional expected version, compare-and-set
 * increment, remove, and transactions that hold by-id operations only.
 *
 * One contract suite (tests/contract/store-contract.ts) states the behaviour. What runs where:
 * - PGlite: the whole suite in every `npm test` (tests/contract/pglite.test.ts).
 * - PostgreSQL: the same suite only when XIAOBEI_TEST_PG_URL is set (CI sets it); otherwise
 *   tests/contract/postgres.test.ts reports one skipped test that says so.
 * - CloudBase: in every `npm test`, tests/contract/cloudbase-wire.test.ts runs the real SDK against
 *   a local recorder and checks the requests the adapter sends and how it reads canned replies. It
 *   cannot show what CloudBase itself does with them (null ordering, equality on missing fields).
 *   The suite runs against a real environment only with `npm run test:cloudbase` and credentials.
 */

/** A stored document. `_v` is the version, bumped by every patch or increment. */
export interface StoredDoc {
  _id: string
  _v: number
  [field: string]: unknown
}

export type Scalar = string | number | boolean | null

/** Condition on one declared field. A bare scalar means equality. */
export type FieldCondition =
  | Scalar
  | {
      eq?: Scalar
      ne?: Scalar
      in?: Scalar[]
      gt?: string | number
      gte?: string | number
      lt?: string | number
      lte?: string | number
    }

/** AND of conditions; only fields declared for the collection (and `_id`) may appear. */
export type Where = Record<string, FieldCondition>

export type SortDirection = 'asc' | 'desc'

export interface FindOptions {
  where?: Where
  /** sort keys on declared fields; `_id` asc is always appended as the tie-breaker */
  orderBy?: Array<[field: string, direction: SortDirection]>
  /** default 50, at most 1000 */
  limit?: number
  /** opaque cursor from a previous page's `nextCursor` */
  cursor?: string | null
}

/**
 * One part of a grouping key for `countEachBy`: a declared field's value (null when missing), or
 * which span between `edges` (ascending) a field's value falls in: 0 below `edges[0]`, i for
 * `edges[i-1] ≤ value < edges[i]`, `edges.length` from the last edge on; null when missing.
 */
export type GroupPart = string | { field: string; edges: ReadonlyArray<string | number> }

/** One group of `countEachBy`: its key (one value per part of `by`) and its counts. */
export interface GroupCounts<K extends string> {
  key: Scalar[]
  counts: Record<K, number>
}

export interface Page<T> {
  items: T[]
  /** null when there is no further page */
  nextCursor: string | null
}

export interface PatchOptions {
  /** when given, the patch applies only if the stored `_v` equals it; otherwise StoreConflictError */
  expectedVersion?: number
}

export interface IncrementOptions {
  /** compare-and-set: increments only while `field + by <= max` */
  max?: number
  /** a missing document is created as `{ _id, [field]: by }` (if `by` is within the cap) instead of null */
  upsert?: boolean
}

/** New documents: `_v` is set by the store (starts at 1). */
export type NewDoc<T extends StoredDoc> = Omit<T, '_v'> & { _v?: never }

/** Changes for a patch: fields to set. `undefined` values are ignored; `_id` and `_v` cannot be patched. */
export type Changes<T extends StoredDoc> = Partial<Omit<T, '_id' | '_v'>>

export interface Collection<T extends StoredDoc = StoredDoc> {
  get(id: string): Promise<T | null>
  find(options?: FindOptions): Promise<Page<T>>
  count(where?: Where): Promise<number>
  /**
   * Several counts in ONE round trip (SQL: `count(*) FILTER`; CloudBase: one aggregate with a
   * conditional sum per key): `{ todo: where1, pool: where2 }` → `{ todo: n1, pool: n2 }`. A `null`
   * where counts 0 without asking the store. Same matching rules as `count`.
   */
  countEach<K extends string>(wheres: Record<K, Where | null>): Promise<Record<K, number>>
  /**
   * `countEach` per group, in ONE round trip (SQL: `GROUP BY`; CloudBase: one aggregate grouped by
   * the key): `by` names the key's parts. Only groups with a document that matches some where come
   * back (so every group has a count above 0), in no set order. Turns N scopes × K counts into K
   * counts over one pass, whatever N.
   */
  countEachBy<K extends string>(by: readonly GroupPart[], wheres: Record<K, Where | null>): Promise<GroupCounts<K>[]>
  /** throws StoreConflictError when `_id` exists */
  insert(doc: NewDoc<T>): Promise<T>
  /** throws StoreNotFoundError / StoreConflictError; returns the document after the patch */
  patch(id: string, changes: Changes<T>, options?: PatchOptions): Promise<T>
  /**
   * Atomic increment of a numeric field (a missing field counts as 0). Returns the new value, or
   * null when the cap would be exceeded or the document is missing (unless `upsert`). Serves
   * counters without a read-then-write loop.
   */
  increment(id: string, field: string, by: number, options?: IncrementOptions): Promise<number | null>
  /** true when a document was removed */
  remove(id: string): Promise<boolean>
}

/** Inside a transaction only by-id operations exist. */
export interface TxCollection<T extends StoredDoc = StoredDoc> {
  get(id: string): Promise<T | null>
  insert(doc: NewDoc<T>): Promise<T>
  patch(id: string, changes: Changes<T>, options?: PatchOptions): Promise<T>
  /** as Collection.increment, inside the transaction: rolled back with it */
  increment(id: string, field: string, by: number, options?: IncrementOptions): Promise<number | null>
  remove(id: string): Promise<boolean>
}

export interface Tx {
  collection<T extends StoredDoc = StoredDoc>(name: string): TxCollection<T>
}

export interface Store {
  /** 'pglite' | 'postgres' | 'cloudbase' */
  readonly kind: string
  collection<T extends StoredDoc = StoredDoc>(name: string): Collection<T>
  /** all-or-nothing: if fn throws, nothing it wrote stays */
  transaction<R>(fn: (tx: Tx) => Promise<R>): Promise<R>
  /** applies pending versioned migrations; returns the ids applied now (empty on a second run) */
  migrate(): Promise<string[]>
  close(): Promise<void>
}

/**
 * Store errors are recognised by `name`, not `instanceof`: the local host builds the store from
 * its own copy of this module while each function bundle has another.
 */
export class StoreConflictError extends Error {
  readonly code = 'CONFLICT' as const
  override readonly name = 'StoreConflictError'
}
export class StoreNotFoundError extends Error {
  readonly code = 'NOT_FOUND' as const
  override readonly name = 'StoreNotFoundError'
}

export const isStoreConflict = (error: unknown): boolean =>
  error instanceof Error && error.name === 'StoreConflictError'
export const isStoreNotFound = (error: unknown): boolean =>
  error instanceof Error && error.name === 'StoreNotFoundError'
