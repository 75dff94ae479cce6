/**
 * Structural types for the part of @cloudbase/node-sdk the CloudBase store uses; the SDK itself is
 * only loaded in CloudBase.
 */
export type Condition = unknown
export interface DbCommand {
  eq(v: unknown): Condition
  neq(v: unknown): Condition
  in(v: unknown[]): Condition
  gt(v: unknown): Condition
  gte(v: unknown): Condition
  lt(v: unknown): Condition
  lte(v: unknown): Condition
  exists(v: boolean): Condition
  and(list: Condition[]): Condition
  or(list: Condition[]): Condition
  inc(by: number): unknown
  set(value: unknown): unknown
}
export interface DbDocRef {
  get(): Promise<{ data: unknown }>
  set(data: Record<string, unknown>): Promise<unknown>
  update(data: Record<string, unknown>): Promise<{ updated?: number }>
  remove(): Promise<{ deleted?: number }>
}
export interface DbQuery {
  where(condition: Condition): DbQuery
  orderBy(field: string, direction: 'asc' | 'desc'): DbQuery
  limit(n: number): DbQuery
  get(): Promise<{ data: Record<string, unknown>[] }>
  count(): Promise<{ total: number }>
  update(data: Record<string, unknown>): Promise<{ updated?: number }>
}
export interface DbAggregate {
  match(condition: Condition): DbAggregate
  group(spec: Record<string, unknown>): DbAggregate
  limit(n: number): DbAggregate
  end(): Promise<{ data?: Record<string, unknown>[] }>
}
export interface DbCollection extends DbQuery {
  aggregate(): DbAggregate
  doc(id: string): DbDocRef
  add(data: Record<string, unknown>): Promise<{ id?: string }>
}
export interface DbTransaction {
  collection(name: string): { doc(id: string): DbDocRef }
}
export interface CloudbaseDb {
  command: DbCommand
  collection(name: string): DbCollection
  createCollection(name: string): Promise<unknown>
  runTransaction<R>(fn: (t: DbTransaction) => Promise<R>): Promise<R>
}
export interface CloudbaseApp {
  database(): unknown
}
