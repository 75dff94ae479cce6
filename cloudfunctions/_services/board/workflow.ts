/**
 * The board's stages: compute a draft (by the timer once the quarter has ended, or by the street,
 * again while not final), publish it for publicity (公示, the
 * street's working days), then final once the window has ended and every appeal is decided (see
 * _core/board/publicity.ts). Going final turns each 黑榜 entry into a 约谈/整改 task per community.
 */
import type { Stage } from '../../../types/board'
import type { Caller } from '../../../types/identity'
import {
  boardOpen,
  lastEndedQuarter,
  publicityEndsAt,
  publishRefusal,
  quarterEnded,
  tasksOfFinalBoard,
} from '../../_core/board'
import { SYSTEM_CALLER } from '../../_platform/identity/caller'
import { conflict, invalidInput, notFound } from '../../_platform/kit/errors'
import type { Platform } from '../../_platform/ports'
import type { Where } from '../../_platform/store/port'
import { adminStreetOf } from '../admin-edits'
import { streetCalendar } from '../holiday-settings'
import { streets } from '../place-tree'
import { boardAudit, boardSummary } from './audit'
import { companiesOfStreet } from './companies'
import { scoreQuarter } from './compute'
import { type BoardDoc, boardIdOf, boardSettings, boardsOf, type TaskDoc, tasksOf } from './records'

export async function computeBoard(platform: Platform, caller: Caller, quarter: string, requestId?: string) {
  return computeStreetBoard(platform, caller, adminStreetOf(caller), quarter, requestId)
}

/**
 * The draft of an ended quarter, computed once by the timer (`board.draft`) for every street that has
 * none yet: the street then reviews and publishes it. A board that exists is left alone.
 */
export async function draftEndedQuarter(platform: Platform): Promise<{ quarter: string; drafted: string[] }> {
  const quarter = lastEndedQuarter(platform.clock.now())
  const drafted: string[] = []
  for (const street of await streets(platform.store)) {
    if (await boardsOf(platform.store).get(boardIdOf(street._id, quarter))) continue
    await computeStreetBoard(platform, SYSTEM_CALLER, street._id, quarter)
    drafted.push(street._id)
  }
  return { quarter, drafted }
}

async function computeStreetBoard(
  platform: Platform,
  caller: Caller,
  streetId: string,
  quarter: string,
  requestId?: string,
) {
  const { store, clock } = platform
  const now = clock.now()
  if (!quarterEnded(quarter, now)) throw invalidInput('该季度尚未结束，季度结束后才能计算红黑榜')
  const id = boardIdOf(streetId, quarter)
  const seen = await boardsOf(store).get(id)
  if (seen && !boardOpen(seen.stage)) throw conflict('该季度红黑榜已正式发布，不能重新计算')
  const { items, discarded } = await scoreQuarter(platform, streetId, quarter)
  const at = now.toISOString()
  const stage = await store.transaction(async (tx) => {
    const boards = tx.collection<BoardDoc>('boards')
    const current = await boards.get(id)
    if (current && !boardOpen(current.stage)) throw conflict('该季度红黑榜已正式发布，不能重新计算')
    if (current) await boards.patch(id, { items, discarded, computedAt: at }, { expectedVersion: current._v })
    else {
      await boards.insert({
        _id: id,
        streetId,
        quarter,
        stage: 'draft',
        items,
        discarded,
        computedAt: at,
        publicityStartedAt: null,
        publicityEndsAt: null,
        finalAt: null,
      })
    }
    const after = { stage: current?.stage ?? 'draft', items }
    await boardAudit(
      tx,
      caller,
      {
        at,
        streetId,
        action: 'board.compute',
        target: `boards/${id}`,
        before: boardSummary(current),
        after: boardSummary(after),
      },
      requestId,
    )
    return after.stage
  })
  return { quarter, stage, id }
}

/** Rescores a board that is not final after its facts changed (veto, checklist, upheld appeal). */
export async function rescoreIfOpen(platform: Platform, streetId: string, quarter: string): Promise<Stage | null> {
  const id = boardIdOf(streetId, quarter)
  const board = await boardsOf(platform.store).get(id)
  if (!board) return null
  if (!boardOpen(board.stage)) return board.stage
  const { items, discarded } = await scoreQuarter(platform, streetId, quarter)
  await boardsOf(platform.store).patch(id, { items, discarded, computedAt: platform.clock.now().toISOString() })
  return board.stage
}

export async function publishBoard(
  platform: Platform,
  caller: Caller,
  input: { quarter: string; stage: 'publicity' | 'final' },
  requestId?: string,
) {
  const { store, clock } = platform
  const streetId = adminStreetOf(caller)
  const id = boardIdOf(streetId, input.quarter)
  const now = clock.now()
  const at = now.toISOString()
  const board = await boardsOf(store).get(id)
  if (!board) throw notFound('该季度还没有计算红黑榜，请先计算')
  const pending = await store.collection('board_appeals').count({ streetId, quarter: input.quarter, status: 'pending' })
  const refusal = publishRefusal(board, input.stage, now, pending)
  if (refusal) throw conflict(refusal)
  const settings = await boardSettings(store, streetId)
  const calendar = await streetCalendar(store, streetId)
  const changes: Partial<BoardDoc> =
    input.stage === 'publicity'
      ? {
          stage: 'publicity',
          publicityStartedAt: at,
          publicityEndsAt: publicityEndsAt(now, settings.publicityWorkingDays, calendar),
        }
      : { stage: 'final', finalAt: at }
  const companies = input.stage === 'final' ? await companiesOfStreet(store, streetId, settings.homesPerUnit) : []
  const tasks = tasksOfFinalBoard({
    streetId,
    quarter: input.quarter,
    items: input.stage === 'final' ? board.items : [],
    communitiesOf: (companyId) => companies.find((c) => c.id === companyId)?.communityIds ?? [],
    dueAt: publicityEndsAt(now, settings.rectifyWorkingDays, calendar),
    now: at,
  })
  await store.transaction(async (tx) => {
    await tx.collection<BoardDoc>('boards').patch(id, changes, { expectedVersion: board._v })
    for (const task of tasks) await tx.collection<TaskDoc>('board_tasks').insert(task as never)
    await boardAudit(
      tx,
      caller,
      {
        at,
        streetId,
        action: 'board.publish',
        target: `boards/${id}`,
        before: { stage: board.stage },
        after: { ...changes, tasks: tasks.map((t) => t._id) },
      },
      requestId,
    )
  })
  return {
    quarter: input.quarter,
    stage: input.stage,
    publicityEndsAt: changes.publicityEndsAt ?? board.publicityEndsAt,
    tasks: tasks.length,
  }
}

/** The 约谈/整改 tasks: a street admin sees the street's, a community admin their community's. */
export async function listTasks(platform: Platform, caller: Caller, quarter?: string) {
  const street = caller.scopes.find((s) => s.role === 'street_admin')
  const community = caller.scopes.find((s) => s.role === 'community_admin')
  const where: Where = street ? { streetId: street.orgId } : { communityId: community?.orgId ?? '-' }
  const page = await tasksOf(platform.store).find({ where: { ...where, ...(quarter ? { quarter } : {}) }, limit: 500 })
  return {
    items: page.items
      .map((t) => ({
        id: t._id,
        quarter: t.quarter,
        communityId: t.communityId,
        companyId: t.companyId,
        companyName: t.companyName,
        reason: t.reason,
        referral: t.referral,
        dueAt: t.dueAt,
        status: t.status,
      }))
      .sort((a, b) => b.quarter.localeCompare(a.quarter) || a.companyId.localeCompare(b.companyId)),
  }
}
