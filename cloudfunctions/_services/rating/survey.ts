/**
 * The quarterly survey: one response per verified household (a room, whoever of its members answers)
 * per quarter, for the company serving the household's estate. A second submission in the quarter
 * replaces the first under the same id, so it never counts twice. Staff of any org cannot answer.
 * Each response passes the anti-gaming checks (_core/board/anti-gaming.ts): a flagged one is held.
 */
import { createHash } from 'node:crypto'
import type { Caller } from '../../../types/identity'
import { SURVEY_QUESTIONS, type SubmitSurveyInput, type SurveyResponseDoc } from '../../../types/rating'
import { flagSurvey, quarterOf } from '../../_core/board'
import { conflict, forbidden, invalidInput } from '../../_platform/kit/errors'
import type { InvocationContext, Platform } from '../../_platform/ports'
import type { Store, StoredDoc } from '../../_platform/store/port'
import { companyOfEstate } from '../board/companies'
import { type HouseholdDoc, requireVerifiedHousehold } from '../households'

/** A household with a mean answer of at least this is a satisfied household on the board. */
export const SURVEY_SATISFIED_MEAN = 3.5

export type ResponseDoc = SurveyResponseDoc & StoredDoc
export const responses = (store: Store) => store.collection<ResponseDoc>('survey_responses')

/** One id per household (room) and quarter: what makes a second submission replace the first. */
export const surveyIdOf = (quarter: string, h: Pick<HouseholdDoc, 'streetId' | 'roomKey'>) =>
  `sv_${quarter}_${createHash('sha256').update(`${h.streetId}\n${h.roomKey}`).digest('hex').slice(0, 24)}`

async function respondent(platform: Platform, caller: Caller) {
  if (caller.kind === 'staff' || caller.scopes.length > 0)
    throw forbidden('工作人员（含物业公司员工）不能参与物业满意度问卷')
  const household = await requireVerifiedHousehold(platform.store, caller)
  const company = await companyOfEstate(platform.store, household.estateId)
  if (!company) throw conflict('您所在的小区没有物业公司（无物业小区由社区管理），无需填写物业满意度问卷')
  return { household, company, quarter: quarterOf(platform.clock.now()) }
}

export async function surveyOf(platform: Platform, caller: Caller) {
  const { household, company, quarter } = await respondent(platform, caller)
  const existing = await responses(platform.store).get(surveyIdOf(quarter, household))
  return {
    quarter,
    companyId: company.id,
    companyName: company.name,
    questions: SURVEY_QUESTIONS.map((q) => ({ key: q.key, text: q.text })),
    submitted: existing !== null && existing.status !== 'discarded',
  }
}

export async function submitSurvey(
  platform: Platform,
  caller: Caller,
  input: SubmitSurveyInput,
  context: InvocationContext | undefined,
) {
  const { store, clock } = platform
  const { household, company, quarter } = await respondent(platform, caller)
  if (input.quarter !== quarter) throw invalidInput(`只能填写本季度（${quarter}）的问卷`)
  const id = surveyIdOf(quarter, household)
  const now = clock.now()
  const at = now.toISOString()
  const candidate = {
    householdId: id,
    companyId: company.id,
    clientIp: typeof context?.clientIp === 'string' ? context.clientIp : '',
    device: input.deviceId ?? '',
    comment: input.comment ?? '',
    submittedAt: at,
  }
  // the company's recent responses this quarter (the newest 1,000): bursts and identical texts
  const recent = await responses(store).find({
    where: { companyId: company.id, quarter },
    orderBy: [['submittedAt', 'desc']],
    limit: 1000,
  })
  const holdReason = flagSurvey(
    candidate,
    recent.items.map((r) => ({ ...r, householdId: r._id })),
  )
  const values = Object.values(input.answers)
  const mean = values.reduce((a, b) => a + b, 0) / values.length
  const body = {
    quarter,
    streetId: household.streetId,
    companyId: company.id,
    estateId: household.estateId,
    householdId: household._id,
    userId: caller.userId,
    answers: input.answers,
    mean,
    satisfied: mean >= SURVEY_SATISFIED_MEAN,
    comment: candidate.comment,
    clientIp: candidate.clientIp,
    device: candidate.device,
    status: (holdReason ? 'held' : 'counted') as SurveyResponseDoc['status'],
    holdReason,
    submittedAt: at,
    requestId: input.requestId,
  }
  const outcome = await store.transaction(async (tx) => {
    const docs = tx.collection<ResponseDoc>('survey_responses')
    const current = await docs.get(id)
    // a retried request (same requestId) finds what its first try wrote and changes nothing
    if (current?.requestId === input.requestId) return { replaced: current.replacedCount > 0, retried: current }
    if (current) await docs.patch(id, { ...body, replacedCount: current.replacedCount + 1 })
    else await docs.insert({ _id: id, ...body, replacedCount: 0 })
    return { replaced: current !== null, retried: null }
  })
  const status = outcome.retried?.status ?? body.status
  return { quarter, companyId: company.id, replaced: outcome.replaced, held: status === 'held' }
}
