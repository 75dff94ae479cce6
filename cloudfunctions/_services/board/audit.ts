/** Every board write leaves one audit row in its own transaction: who, role, when, what, before and after. */
import type { AuditedAction } from '../../../types/admin'
import type { BoardItem } from '../../../types/board'
import type { Caller } from '../../../types/identity'
import type { Tx } from '../../_platform/store/port'
import { insertAuditRow } from '../admin-edits'

const ROLE_ORDER = ['street_admin', 'community_admin', 'property_manager'] as const

export function boardAudit(
  tx: Tx,
  caller: Caller,
  row: { at: string; streetId: string; action: AuditedAction; target: string; before: unknown; after: unknown },
  requestId: string | undefined,
): Promise<void> {
  const role = ROLE_ORDER.find((r) => caller.roles.includes(r)) ?? caller.roles[0] ?? ''
  return insertAuditRow(tx, caller, { ...row, role, requestId: requestId ?? '' })
}

/** A board as its audit row records it: the stage and each company's score, grade and list. */
export const boardSummary = (b: { stage: string; items: BoardItem[] } | null) =>
  b
    ? { stage: b.stage, items: b.items.map((i) => ({ id: i.companyId, score: i.score, grade: i.grade, list: i.list })) }
    : null
