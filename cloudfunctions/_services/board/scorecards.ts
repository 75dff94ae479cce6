/**
 * What the street and the communities record about a company for a quarter: a veto (一票否决, by the
 * street with evidence) and the community's checklist (社区考评, 4 items of 25). Refused once the
 * quarter's board is final; a board not yet final is rescored at once.
 */
import { nanoid } from 'nanoid'
import { CHECKLIST_ITEMS, type VETO_KINDS } from '../../../types/board'
import type { Caller } from '../../../types/identity'
import { boardOpen } from '../../_core/board'
import { conflict, forbidden, notFound } from '../../_platform/kit/errors'
import type { Platform } from '../../_platform/ports'
import { adminStreetOf } from '../admin-edits'
import { streetOfOrg } from '../place-tree'
import { boardAudit } from './audit'
import { companiesOfStreet } from './companies'
import { boardIdOf, boardSettings, boardsOf, type ChecklistDoc, checklistIdOf } from './records'
import { rescoreIfOpen } from './workflow'

async function requireOpen(platform: Platform, streetId: string, quarter: string) {
  const board = await boardsOf(platform.store).get(boardIdOf(streetId, quarter))
  if (board && !boardOpen(board.stage)) throw conflict('该季度红黑榜已正式发布，不能再改')
}

async function companyOf(platform: Platform, streetId: string, companyId: string) {
  const settings = await boardSettings(platform.store, streetId)
  const company = (await companiesOfStreet(platform.store, streetId, settings.homesPerUnit)).find(
    (c) => c.id === companyId,
  )
  if (!company) throw notFound('没有找到这家物业公司')
  return company
}

export async function recordVeto(
  platform: Platform,
  caller: Caller,
  input: { quarter: string; companyId: string; kind: (typeof VETO_KINDS)[number]; note: string; evidence: string[] },
  requestId?: string,
) {
  const streetId = adminStreetOf(caller)
  await companyOf(platform, streetId, input.companyId)
  await requireOpen(platform, streetId, input.quarter)
  const at = platform.clock.now().toISOString()
  const veto = {
    _id: `vt_${input.quarter}_${nanoid(10)}`,
    streetId,
    ...input,
    lifted: false,
    createdBy: caller.userId,
    createdAt: at,
  }
  await platform.store.transaction(async (tx) => {
    await tx.collection('board_vetoes').insert(veto)
    await boardAudit(
      tx,
      caller,
      { at, streetId, action: 'board.veto', target: `board_vetoes/${veto._id}`, before: null, after: veto },
      requestId,
    )
  })
  return { quarter: input.quarter, stage: await rescoreIfOpen(platform, streetId, input.quarter), id: veto._id }
}

export async function scoreChecklist(
  platform: Platform,
  caller: Caller,
  input: { quarter: string; companyId: string; scores: Record<string, number>; note?: string },
  requestId?: string,
) {
  const communityId = caller.scopes.find((s) => s.role === 'community_admin')?.orgId
  if (!communityId) throw forbidden('只有社区管理员可以考评物业')
  const streetId = await streetOfOrg(platform.store, communityId)
  const company = await companyOf(platform, streetId, input.companyId)
  if (!company.communityIds.includes(communityId)) throw forbidden('这家物业公司不在本社区服务，不能考评')
  await requireOpen(platform, streetId, input.quarter)
  const at = platform.clock.now().toISOString()
  const id = checklistIdOf(input.quarter, input.companyId, communityId)
  const total = CHECKLIST_ITEMS.reduce((n, i) => n + (input.scores[i.key] ?? 0), 0)
  const body = {
    streetId,
    quarter: input.quarter,
    companyId: input.companyId,
    communityId,
    scores: input.scores,
    total,
    note: input.note ?? '',
    scoredBy: caller.userId,
    scoredAt: at,
  }
  await platform.store.transaction(async (tx) => {
    const records = tx.collection<ChecklistDoc>('board_checklists')
    const current = await records.get(id)
    if (current) await records.patch(id, body, { expectedVersion: current._v })
    else await records.insert({ _id: id, ...body })
    await boardAudit(
      tx,
      caller,
      { at, streetId, action: 'board.checklist', target: `board_checklists/${id}`, before: current, after: body },
      requestId,
    )
  })
  return { quarter: input.quarter, stage: await rescoreIfOpen(platform, streetId, input.quarter), id, total }
}
