/**
 * What every adapter checks the same way: declared fields, sort keys, limits, cursors and patch
 * changes. Programmer errors (an undeclared field) throw plain Errors; a cursor comes from a client,
 * so a bad one throws StoreInvalidCursorError (the kit answers INVALID_INPUT).
 */

import { isStorableText } from '../../../types/storable-text'
import type { CollectionDecl, FieldType } from './collections'
import type { FindOptions, Scalar, SortDirection, Where } from './port'

export const DEFAULT_LIMIT = 50
export const MAX_LIMIT = 1000

export function clampLimit(limit: number | undefined): number {
  if (limit === undefined || limit === null) return DEFAULT_LIMIT
  if (!Number.isFinite(limit)) return DEFAULT_LIMIT
  return Math.max(1, Math.min(MAX_LIMIT, Math.floor(limit)))
}

export function requireDecl(decls: Map<string, CollectionDecl>, name: string): CollectionDecl {
  const decl = decls.get(name)
  if (!decl) throw new Error(`store: collection "${name}" is not declared in collections.ts`)
  return decl
}

export function isQueryable(decl: CollectionDecl, field: string): boolean {
  return field === '_id' || Object.hasOwn(decl.fields, field)
}

/** Field names and value types of a `where`; throws a plain Error on a programmer error. */
export function checkWhere(decl: CollectionDecl, where: Where | undefined): void {
  for (const [field, condition] of Object.entries(where ?? {})) {
    if (!isQueryable(decl, field)) {
      throw new Error(
        `store: "${decl.name}.${field}" is not a declared field; declare it in collections.ts to filter on it`,
      )
    }
    if (condition === undefined) continue
    const c = normalizeCondition(condition)
    for (const [op, value] of Object.entries(c)) {
      for (const v of op === 'in' ? (value as unknown[]) : [value]) checkValue(decl, field, v)
    }
  }
}

function checkValue(decl: CollectionDecl, field: string, value: unknown): void {
  const expected = field === '_id' ? 'string' : decl.fields[field]
  if (value !== null && typeof value !== expected) {
    throw new Error(`store: "${decl.name}.${field}" is a ${expected}; got ${JSON.stringify(value)}`)
  }
}

export interface SortKey {
  field: string
  direction: SortDirection
  /** the declared type of the field; a cursor value must have it (or be null) */
  type: FieldType
}

/** The caller's sort keys plus the `_id` asc tie-breaker (unless `_id` is already a key). */
export function sortKeys(decl: CollectionDecl, orderBy: FindOptions['orderBy']): SortKey[] {
  const keys: SortKey[] = []
  for (const [field, direction] of orderBy ?? []) {
    if (!isQueryable(decl, field)) {
      throw new Error(`store: cannot sort on "${decl.name}.${field}": not a declared field`)
    }
    if (direction !== 'asc' && direction !== 'desc') throw new Error(`store: bad sort direction "${direction}"`)
    if (keys.some((k) => k.field === field)) continue
    keys.push({ field, direction, type: field === '_id' ? 'string' : decl.fields[field] })
  }
  if (!keys.some((k) => k.field === '_id')) keys.push({ field: '_id', direction: 'asc', type: 'string' })
  return keys
}

/** A cursor carries the last row's value for every sort key (in order), `_id` included. */
export function encodeCursor(values: Scalar[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url')
}

/**
 * A cursor the store cannot use: not one it made, made for other sort keys, or carrying a value of
 * the wrong type. Recognised by `name` (see port.ts), like the other store errors.
 */
export class StoreInvalidCursorError extends Error {
  readonly code = 'INVALID_INPUT' as const
  override readonly name = 'StoreInvalidCursorError'
}

export const isStoreInvalidCursor = (error: unknown): boolean =>
  error instanceof Error && error.name === 'StoreInvalidCursorError'

export function decodeCursor(cursor: string, keys: SortKey[]): Scalar[] {
  let values: unknown
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    throw new StoreInvalidCursorError('store: malformed cursor')
  }
  if (!Array.isArray(values) || values.length !== keys.length) {
    throw new StoreInvalidCursorError('store: the cursor does not match this query’s sort keys')
  }
  values.forEach((v, i) => {
    const ok = v === null || (typeof v === keys[i].type && (typeof v !== 'number' || Number.isFinite(v)))
    if (!ok || (typeof v === 'string' && !isStorableText(v))) {
      throw new StoreInvalidCursorError('store: a cursor value has the wrong type')
    }
  })
  return values as Scalar[]
}

/** Sort value of a document for a cursor: missing and non-scalar values count as null. */
export function sortValue(doc: Record<string, unknown>, field: string): Scalar {
  const v = doc[field]
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v
  return null
}

/** Patch changes without `undefined` values, `_id` or `_v`. */
export function cleanChanges(changes: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined || k === '_id' || k === '_v') continue
    out[k] = v
  }
  return out
}

/** The body of a new document: everything but `_id` and `_v`, without `undefined` values. */
export function docBody(doc: Record<string, unknown>): Record<string, unknown> {
  return cleanChanges(doc)
}

export function requireId(doc: { _id?: unknown }): string {
  if (typeof doc._id !== 'string' || doc._id === '') throw new Error('store: insert needs a non-empty string _id')
  return doc._id
}

/** The normalized form of one field condition. */
export interface NormalizedCondition {
  eq?: Scalar
  ne?: Scalar
  in?: Scalar[]
  gt?: string | number
  gte?: string | number
  lt?: string | number
  lte?: string | number
}

export function normalizeCondition(condition: unknown): NormalizedCondition {
  if (condition === null || typeof condition !== 'object') return { eq: condition as Scalar }
  if (Array.isArray(condition)) throw new Error('store: use { in: [...] } to match one of several values')
  const out: NormalizedCondition = {}
  for (const [op, value] of Object.entries(condition as Record<string, unknown>)) {
    if (value === undefined) continue
    if (!['eq', 'ne', 'in', 'gt', 'gte', 'lt', 'lte'].includes(op)) throw new Error(`store: unknown condition "${op}"`)
    if (op === 'in' && !Array.isArray(value)) throw new Error('store: "in" needs an array')
    ;(out as Record<string, unknown>)[op] = value
  }
  return out
}
