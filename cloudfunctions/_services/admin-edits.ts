/**
 * How a street admin's edit is written: in one transaction with its audit row (等保 审计: who, role,
 * when, what, before and after, the request id), against the version the admin saw. A concurrent edit
 * is CONFLICT carrying the record as it now stands; afterwards this instance's reference cache is
 * cleared (other warm instances see the edit within the cache's lifetime, 30 s).
 */
import { nanoid } from 'nanoid'
import type { AuditedAction } from '../../types/admin'
import type { Caller } from '../../types/identity'
import { conflict, forbidden, notFound } from '../_platform/kit/errors'
import type { Platform } from '../_platform/ports'
import { isStoreConflict, type StoredDoc, type Tx } from '../_platform/store/port'
import { clearReferenceCache } from './reference-cache'

export const AUDIT = 'audit_log'

/** The street a street admin edits: their scope's street. */
export function adminStreetOf(caller: Caller): string {
  const scope = caller.scopes.find((s) => s.role === 'street_admin')
  if (!scope) throw forbidden('只有街道管理员可以修改街道配置')
  return scope.orgId
}

export interface Edit<T extends StoredDoc> {
  /** the action, e.g. 'admin.saveRule' */
  action: AuditedAction
  collection: string
  id: string
  /** the new body (without _id/_v), or null to remove */
  body: Record<string, unknown> | null
  /** the version the admin edited; absent: the record must not exist yet */
  expectedVersion?: number
  /** checks against the record as it stands (e.g. scope), before anything is written */
  guard?(current: T | null): void
  /** further writes that belong to the same edit (e.g. the org of a new grid), in its transaction */
  also?(tx: Tx, current: T | null): Promise<void>
  /** the street and role the audit row names; default the caller's street admin scope */
  streetId?: string
  role?: string
}

const strip = (doc: StoredDoc | null) => {
  if (!doc) return null
  const { _v, ...rest } = doc
  return rest
}

export interface AuditMeta {
  at: string
  role: string
  streetId: string
  action: AuditedAction
  /** 'collection/id' */
  target: string
  before: unknown
  after: unknown
  requestId: string
}

/** Appends one audit row (append-only: no action edits or removes them). */
export async function insertAuditRow(tx: Tx, caller: Caller, meta: AuditMeta): Promise<void> {
  await tx.collection(AUDIT).insert({
    _id: `au_${meta.at.replace(/\D/g, '').slice(0, 14)}_${nanoid(10)}`,
    actorId: caller.userId,
    actorName: caller.name,
    ...meta,
  })
}

/** Writes one edit and its audit row, all or nothing; returns the record's new version (0 once removed). */
export async function auditedEdit<T extends StoredDoc>(
  platform: Platform,
  caller: Caller,
  requestId: string | undefined,
  edit: Edit<T>,
): Promise<{ id: string; version: number }> {
  const { store, clock } = platform
  const at = clock.now().toISOString()
  const stale = (current: StoredDoc | null) =>
    conflict(current ? '这条记录已被他人修改，请查看最新内容后再改' : '这条记录已被他人删除', {
      current: strip(current),
    })
  try {
    const version = await store.transaction(async (tx: Tx) => {
      const records = tx.collection<T>(edit.collection)
      const current = await records.get(edit.id)
      edit.guard?.(current)
      if (edit.expectedVersion === undefined && current) throw conflict('已有同编号的记录', { current: strip(current) })
      if (edit.expectedVersion !== undefined && (!current || current._v !== edit.expectedVersion)) throw stale(current)
      let version = 0
      if (edit.body === null) {
        if (!current) throw notFound('没有找到这条记录')
        await records.remove(edit.id)
      } else if (current) {
        version = (await records.patch(edit.id, edit.body as never, { expectedVersion: current._v }))._v
      } else {
        version = (await records.insert({ _id: edit.id, ...edit.body } as never))._v
      }
      await edit.also?.(tx, current)
      await insertAuditRow(tx, caller, {
        at,
        role: edit.role ?? caller.scopes.find((s) => s.role === 'street_admin')?.role ?? caller.roles[0] ?? '',
        streetId: edit.streetId ?? adminStreetOf(caller),
        action: edit.action,
        target: `${edit.collection}/${edit.id}`,
        before: strip(current),
        after: edit.body,
        requestId: requestId ?? '',
      })
      return version
    })
    clearReferenceCache(store)
    return { id: edit.id, version }
  } catch (error) {
    if (isStoreConflict(error)) throw stale(await store.collection(edit.collection).get(edit.id))
    throw error
  }
}
