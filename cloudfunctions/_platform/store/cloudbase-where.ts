/**
 * `where`, cursors and counting conditions for the CloudBase document database: `db.command`
 * conditions for queries, and the same filter as an aggregation expression for a conditional sum.
 */

import type { Condition, DbCommand, DbQuery } from './cloudbase-sdk'
import type { CollectionDecl } from './collections'
import { checkWhere, normalizeCondition, type SortKey } from './common'
import type { GroupPart, Scalar, Where } from './port'

export function whereConditions(_: DbCommand, decl: CollectionDecl, where: Where | undefined): Condition[] {
  checkWhere(decl, where)
  const out: Condition[] = []
  for (const [field, raw] of Object.entries(where ?? {})) {
    if (raw === undefined) continue
    const c = normalizeCondition(raw)
    if (c.eq !== undefined) out.push({ [field]: c.eq === null ? _.eq(null) : c.eq })
    if (c.ne !== undefined) out.push({ [field]: _.neq(c.ne) })
    if (c.in !== undefined) out.push({ [field]: _.in(c.in) })
    if (c.gt !== undefined) out.push({ [field]: _.gt(c.gt) })
    if (c.gte !== undefined) out.push({ [field]: _.gte(c.gte) })
    if (c.lt !== undefined) out.push({ [field]: _.lt(c.lt) })
    if (c.lte !== undefined) out.push({ [field]: _.lte(c.lte) })
  }
  return out
}

/**
 * The same filter as `whereConditions`, as an aggregation expression (for a conditional sum). A
 * missing field reads as null (`$ifNull`), as the query's `eq null` / `in [null]` match it; ranges
 * never match null, as a query's don't (an expression alone would order null below every value).
 */
export function whereExpression(decl: CollectionDecl, where: Where): unknown {
  checkWhere(decl, where)
  const parts: unknown[] = []
  for (const [field, raw] of Object.entries(where)) {
    if (raw === undefined) continue
    const c = normalizeCondition(raw)
    const value = { $ifNull: [`$${field}`, null] }
    if (c.eq !== undefined) parts.push({ $eq: [value, c.eq] })
    if (c.ne !== undefined) parts.push({ $ne: [value, c.ne] })
    if (c.in !== undefined) parts.push({ $in: [value, c.in] })
    for (const op of ['gt', 'gte', 'lt', 'lte'] as const) {
      const v = c[op]
      if (v === undefined) continue
      parts.push(v === null ? false : { $and: [{ $ne: [value, null] }, { [`$${op}`]: [value, v] }] })
    }
  }
  return parts.length === 0 ? true : parts.length === 1 ? parts[0] : { $and: parts }
}

/** A part of a grouping key as an aggregation expression: the field (null when missing), or its span index. */
export function groupPartExpression(decl: CollectionDecl, part: GroupPart): unknown {
  const field = typeof part === 'string' ? part : part.field
  checkWhere(decl, { [field]: null })
  const value = { $ifNull: [`$${field}`, null] }
  if (typeof part === 'string') return value
  // nested $cond (not $switch, whose branches are objects with a `then`): null, then the first edge above
  const spans = part.edges.reduceRight<unknown>(
    (rest, edge, i) => ({ $cond: [{ $lt: [value, edge] }, i, rest] }),
    part.edges.length,
  )
  return { $cond: [{ $eq: [value, null] }, null, spans] }
}

/** Documents strictly after the cursor document in the order of `keys` (null is the smallest value). */
export function afterCondition(_: DbCommand, keys: SortKey[], values: Scalar[]): Condition | null {
  const alternatives: Condition[] = []
  for (let i = 0; i < keys.length; i++) {
    const conj: Condition[] = []
    for (let j = 0; j < i; j++) conj.push({ [keys[j].field]: values[j] === null ? _.eq(null) : values[j] })
    const { field, direction } = keys[i]
    const v = values[i]
    if (direction === 'asc') conj.push({ [field]: v === null ? _.neq(null) : _.gt(v) })
    else if (v === null) continue
    else conj.push(_.or([{ [field]: _.lt(v) }, { [field]: _.eq(null) }]))
    alternatives.push(conj.length === 1 ? conj[0] : _.and(conj))
  }
  if (alternatives.length === 0) return null
  return alternatives.length === 1 ? alternatives[0] : _.or(alternatives)
}

export function applyWhere(_: DbCommand, query: DbQuery, conditions: Condition[]): DbQuery {
  if (conditions.length === 0) return query
  return query.where(conditions.length === 1 ? conditions[0] : _.and(conditions))
}
