/**
 * The board's stored records: the quarter's board (one per street and quarter), appeals, vetoes,
 * community checklists and the tasks a final board sets, plus the street's board settings.
 */
import type { AppealView, BoardItem, BoardSettings as Settings, Stage } from '../../../types/board'
import { BoardSettings } from '../../../types/board'
import type { Caller } from '../../../types/identity'
import type { BoardTask } from '../../_core/board'
import { forbidden } from '../../_platform/kit/errors'
import type { Store, StoredDoc } from '../../_platform/store/port'
import { streetOfCaller } from '../place-tree'
import { findAll } from '../reference-sets'

export interface BoardDoc extends StoredDoc {
  streetId: string
  quarter: string
  stage: Stage
  items: BoardItem[]
  discarded: number
  computedAt: string
  publicityStartedAt: string | null
  publicityEndsAt: string | null
  finalAt: string | null
}

export interface AppealDoc extends StoredDoc {
  streetId: string
  quarter: string
  companyId: string
  companyName: string
  reason: string
  evidence: string[]
  status: AppealView['status']
  decision: string | null
  liftVeto: boolean
  createdBy: string
  createdAt: string
  decidedBy: string | null
  decidedAt: string | null
}

export interface VetoDoc extends StoredDoc {
  streetId: string
  quarter: string
  companyId: string
  kind: string
  note: string
  evidence: string[]
  lifted: boolean
  createdBy: string
  createdAt: string
}

export interface ChecklistDoc extends StoredDoc {
  streetId: string
  quarter: string
  companyId: string
  communityId: string
  scores: Record<string, number>
  total: number
  note: string
  scoredBy: string
  scoredAt: string
}

export type TaskDoc = BoardTask & StoredDoc

export const boardsOf = (store: Store) => store.collection<BoardDoc>('boards')
export const appealsOf = (store: Store) => store.collection<AppealDoc>('board_appeals')
export const vetoesOf = (store: Store) => store.collection<VetoDoc>('board_vetoes')
export const checklistsOf = (store: Store) => store.collection<ChecklistDoc>('board_checklists')
export const tasksOf = (store: Store) => store.collection<TaskDoc>('board_tasks')

export const boardIdOf = (streetId: string, quarter: string) => `bd_${streetId}_${quarter}`
export const checklistIdOf = (quarter: string, companyId: string, communityId: string) =>
  `ck_${quarter}_${companyId}_${communityId}`

/** The document holding a street's board settings (in its field `board`). */
export const boardSettingsIdOf = (streetId: string) => `board:${streetId}`

/** The street's board settings (settings/board:<street>), defaults where unset. */
export async function boardSettings(store: Store, streetId: string): Promise<Settings> {
  return boardSettingsOf(await store.collection('settings').get(boardSettingsIdOf(streetId)))
}

/** The settings a stored document holds, defaults where it says nothing (or nothing valid). */
export function boardSettingsOf(doc: Record<string, unknown> | null): Settings {
  const parsed = BoardSettings.safeParse(doc?.board ?? {})
  return parsed.success ? parsed.data : BoardSettings.parse({})
}

/** The street a staff caller acts for; refuses a caller with none. */
export async function streetOfStaff(store: Store, caller: Caller): Promise<string> {
  const street = await streetOfCaller(store, caller)
  if (!street) throw forbidden('无法确定您所在的街道')
  return street
}

export const appealsOfQuarter = (store: Store, streetId: string, quarter: string) =>
  findAll(appealsOf(store), { streetId, quarter })

export function toAppealView(a: AppealDoc): AppealView {
  return {
    id: a._id,
    companyId: a.companyId,
    companyName: a.companyName,
    reason: a.reason,
    evidence: a.evidence,
    status: a.status,
    decision: a.decision,
    createdAt: a.createdAt,
    decidedAt: a.decidedAt,
  }
}
