/**
 * Appeals during publicity: a company's manager appeals its entry with a reason and evidence (one
 * pending appeal per company at a time); the street upholds or rejects each, and its decision is
 * recorded. An upheld appeal may lift the company's veto; the board is rescored either way.
 */
import { nanoid } from 'nanoid'
import type { Caller } from '../../../types/identity'
import { conflict, forbidden, notFound } from '../../_platform/kit/errors'
import type { Platform } from '../../_platform/ports'
import { adminStreetOf } from '../admin-edits'
import { streetOfOrg } from '../place-tree'
import { boardAudit } from './audit'
import { type AppealDoc, appealsOf, boardIdOf, boardsOf, type VetoDoc, vetoesOf } from './records'
import { rescoreIfOpen } from './workflow'

export async function fileAppeal(
  platform: Platform,
  caller: Caller,
  input: { quarter: string; reason: string; evidence: string[] },
  requestId?: string,
) {
  const { store, clock } = platform
  const companyId = caller.scopes.find((s) => s.role === 'property_manager')?.orgId
  if (!companyId) throw forbidden('只有物业公司经理可以申诉')
  const streetId = await streetOfOrg(store, companyId)
  const board = await boardsOf(store).get(boardIdOf(streetId, input.quarter))
  const now = clock.now().toISOString()
  if (board?.stage !== 'publicity') throw conflict('只能在公示期内申诉')
  if (board.publicityEndsAt && now >= board.publicityEndsAt) throw conflict('公示期已结束，不能再申诉')
  const item = board.items.find((i) => i.companyId === companyId)
  if (!item) throw notFound('本季度红黑榜中没有贵公司')
  const open = await appealsOf(store).count({ streetId, quarter: input.quarter, companyId, status: 'pending' })
  if (open > 0) throw conflict('贵公司已有一件申诉在处理中，请等待街道处理')
  const appeal: Omit<AppealDoc, '_v'> = {
    _id: `ap_${input.quarter}_${nanoid(10)}`,
    streetId,
    quarter: input.quarter,
    companyId,
    companyName: item.companyName,
    reason: input.reason,
    evidence: input.evidence,
    status: 'pending',
    decision: null,
    liftVeto: false,
    createdBy: caller.userId,
    createdAt: now,
    decidedBy: null,
    decidedAt: null,
  }
  await store.transaction(async (tx) => {
    await tx.collection('board_appeals').insert(appeal)
    await boardAudit(
      tx,
      caller,
      { at: now, streetId, action: 'board.appeal', target: `board_appeals/${appeal._id}`, before: null, after: appeal },
      requestId,
    )
  })
  return { quarter: input.quarter, stage: board.stage, id: appeal._id }
}

export async function decideAppeal(
  platform: Platform,
  caller: Caller,
  input: { id: string; decision: 'upheld' | 'rejected'; note: string; liftVeto?: boolean },
  requestId?: string,
) {
  const { store, clock } = platform
  const streetId = adminStreetOf(caller)
  const appeal = await appealsOf(store).get(input.id)
  if (!appeal || appeal.streetId !== streetId) throw notFound('没有找到这件申诉')
  if (appeal.status !== 'pending') throw conflict('这件申诉已经处理过了')
  const board = await boardsOf(store).get(boardIdOf(streetId, appeal.quarter))
  if (board?.stage === 'final') throw conflict('该季度红黑榜已正式发布')
  const lift = input.decision === 'upheld' && input.liftVeto === true
  const vetoes = lift
    ? (await vetoesOf(store).find({ where: { streetId, quarter: appeal.quarter, companyId: appeal.companyId } })).items
    : []
  const at = clock.now().toISOString()
  const changes = {
    status: input.decision,
    decision: input.note,
    liftVeto: lift,
    decidedBy: caller.userId,
    decidedAt: at,
  } as const
  await store.transaction(async (tx) => {
    await tx.collection<AppealDoc>('board_appeals').patch(appeal._id, changes, { expectedVersion: appeal._v })
    for (const v of vetoes) await tx.collection<VetoDoc>('board_vetoes').patch(v._id, { lifted: true })
    await boardAudit(
      tx,
      caller,
      {
        at,
        streetId,
        action: 'board.decideAppeal',
        target: `board_appeals/${appeal._id}`,
        before: { status: appeal.status },
        after: { ...changes, liftedVetoes: vetoes.map((v) => v._id) },
      },
      requestId,
    )
  })
  const stage = await rescoreIfOpen(platform, streetId, appeal.quarter)
  return { quarter: appeal.quarter, stage, id: appeal._id }
}
