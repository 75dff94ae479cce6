/**
 * DDL for the SQL adapters. One table per collection: `_id`, `_v`, the document as jsonb, and a
 * generated column plus a btree index per declared field (and per composite index). Text columns
 * use the "C" collation so that strings compare byte-wise, the same in PGlite, PostgreSQL and
 * CloudBase. Indexes put NULLs first, matching the sort order of the queries (null is smallest).
 */
import { createHash } from 'node:crypto'
import type { CollectionDecl, FieldType } from './collections'

const RESERVED = new Set(['_id', '_v', 'doc'])

export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`
}

export function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`
}

export function columnType(type: FieldType): string {
  switch (type) {
    case 'string':
      return 'text COLLATE "C"'
    case 'number':
      return 'double precision'
    case 'boolean':
      return 'boolean'
  }
}

/** Casts used for parameters compared with a field's column. */
export function paramCast(type: FieldType | 'id'): string {
  switch (type) {
    case 'id':
    case 'string':
      return 'text'
    case 'number':
      return 'double precision'
    case 'boolean':
      return 'boolean'
  }
}

/** The generated column's expression: values of another JSON type read as NULL instead of failing. */
function generatedExpr(field: string, type: FieldType): string {
  const path = literal(field)
  switch (type) {
    case 'string':
      return `(doc->>${path})`
    case 'number':
      return `(CASE WHEN jsonb_typeof(doc->${path}) = 'number' THEN (doc->>${path})::double precision END)`
    case 'boolean':
      return `(CASE WHEN jsonb_typeof(doc->${path}) = 'boolean' THEN (doc->>${path})::boolean END)`
  }
}

function indexName(table: string, fields: string[]): string {
  const name = `ix_${table}_${fields.join('_')}`
  if (name.length <= 63) return name
  const hash = createHash('sha1').update(name).digest('hex').slice(0, 8)
  return `${name.slice(0, 54)}_${hash}`
}

export const MIGRATIONS_TABLE = '_migrations'

export function migrationsTableDdl(): string {
  return `CREATE TABLE IF NOT EXISTS ${ident(MIGRATIONS_TABLE)} (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`
}

/** Statements that create a collection's table or extend it with the declaration's fields and indexes. */
export function collectionDdl(decl: CollectionDecl): string[] {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(decl.name) || decl.name === MIGRATIONS_TABLE) {
    throw new Error(`store: bad collection name "${decl.name}"`)
  }
  const table = ident(decl.name)
  const out = [
    `CREATE TABLE IF NOT EXISTS ${table} (_id text COLLATE "C" PRIMARY KEY, _v integer NOT NULL DEFAULT 1, doc jsonb NOT NULL)`,
  ]
  for (const [field, type] of Object.entries(decl.fields)) {
    if (RESERVED.has(field)) throw new Error(`store: "${decl.name}.${field}" is a reserved name`)
    out.push(
      `ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS ${ident(field)} ${columnType(type)} GENERATED ALWAYS AS ${generatedExpr(field, type)} STORED`,
    )
    if (decl.singleIndexes === false) continue
    out.push(
      `CREATE INDEX IF NOT EXISTS ${ident(indexName(decl.name, [field]))} ON ${table} (${ident(field)} NULLS FIRST)`,
    )
  }
  for (const fields of decl.indexes ?? []) {
    for (const f of fields) {
      if (!Object.hasOwn(decl.fields, f)) throw new Error(`store: index on undeclared field "${decl.name}.${f}"`)
    }
    const cols = fields.map((f) => `${ident(f)} NULLS FIRST`).join(', ')
    out.push(`CREATE INDEX IF NOT EXISTS ${ident(indexName(decl.name, fields))} ON ${table} (${cols})`)
  }
  return out
}
