/**
 * Turns `where`, sort keys and a cursor into SQL over the generated columns.
 *
 * NULL (a missing field) is the smallest value, as in the CloudBase document database: ascending
 * sorts put it first, descending sorts last. Keyset paging is an OR-chain over the sort keys, so
 * NULLs in sort values page correctly.
 */
import type { CollectionDecl, FieldType } from './collections'
import { checkWhere, normalizeCondition, type SortKey } from './common'
import type { GroupPart, Scalar, Where } from './port'
import { ident, paramCast } from './sql-schema'

export class Params {
  readonly values: unknown[] = []
  add(value: unknown, cast: string): string {
    this.values.push(value)
    return `$${this.values.length}::${cast}`
  }
}

function fieldType(decl: CollectionDecl, field: string): FieldType | 'id' {
  if (field === '_id') return 'id'
  const type = decl.fields[field]
  if (!type) throw new Error(`store: "${decl.name}.${field}" is not a declared field`)
  return type
}

export function whereSql(decl: CollectionDecl, where: Where | undefined, params: Params): string[] {
  checkWhere(decl, where)
  const parts: string[] = []
  for (const [field, raw] of Object.entries(where ?? {})) {
    if (raw === undefined) continue
    const col = ident(field)
    const cast = paramCast(fieldType(decl, field))
    const c = normalizeCondition(raw)
    if (c.eq !== undefined) {
      parts.push(c.eq === null ? `${col} IS NULL` : `${col} = ${params.add(c.eq, cast)}`)
    }
    if (c.ne !== undefined) {
      parts.push(c.ne === null ? `${col} IS NOT NULL` : `${col} IS DISTINCT FROM ${params.add(c.ne, cast)}`)
    }
    if (c.in !== undefined) {
      const values = c.in.filter((v) => v !== null)
      const alts: string[] = []
      if (values.length > 0) alts.push(`${col} IN (${values.map((v) => params.add(v, cast)).join(', ')})`)
      if (values.length < c.in.length) alts.push(`${col} IS NULL`)
      parts.push(alts.length === 0 ? 'false' : `(${alts.join(' OR ')})`)
    }
    for (const [op, sql] of [
      ['gt', '>'],
      ['gte', '>='],
      ['lt', '<'],
      ['lte', '<='],
    ] as const) {
      const v = c[op]
      if (v === undefined) continue
      parts.push(v === null ? 'false' : `${col} ${sql} ${params.add(v, cast)}`)
    }
  }
  return parts
}

/** A part of a grouping key: the column, or the index of the span between edges its value falls in. */
export function groupPartSql(decl: CollectionDecl, part: GroupPart, params: Params): string {
  if (typeof part === 'string') {
    fieldType(decl, part)
    return ident(part)
  }
  const cast = paramCast(fieldType(decl, part.field))
  const col = ident(part.field)
  const spans = part.edges.map((edge, i) => ` WHEN ${col} < ${params.add(edge, cast)} THEN ${i}`).join('')
  return `(CASE WHEN ${col} IS NULL THEN NULL${spans} ELSE ${part.edges.length} END)`
}

export function orderSql(keys: SortKey[]): string {
  return keys
    .map((k) => `${ident(k.field)} ${k.direction === 'asc' ? 'ASC NULLS FIRST' : 'DESC NULLS LAST'}`)
    .join(', ')
}

/** Rows strictly after the cursor row in the order of `keys`. */
export function afterSql(decl: CollectionDecl, keys: SortKey[], values: Scalar[], params: Params): string {
  const alternatives: string[] = []
  for (let i = 0; i < keys.length; i++) {
    const conj: string[] = []
    for (let j = 0; j < i; j++) {
      const col = ident(keys[j].field)
      const v = values[j]
      conj.push(v === null ? `${col} IS NULL` : `${col} = ${params.add(v, paramCast(fieldType(decl, keys[j].field)))}`)
    }
    const col = ident(keys[i].field)
    const v = values[i]
    const cast = paramCast(fieldType(decl, keys[i].field))
    if (keys[i].direction === 'asc') {
      conj.push(v === null ? `${col} IS NOT NULL` : `${col} > ${params.add(v, cast)}`)
    } else {
      if (v === null) continue // nothing sorts after NULL when descending
      conj.push(`(${col} < ${params.add(v, cast)} OR ${col} IS NULL)`)
    }
    alternatives.push(`(${conj.join(' AND ')})`)
  }
  return alternatives.length === 0 ? 'false' : `(${alternatives.join(' OR ')})`
}
