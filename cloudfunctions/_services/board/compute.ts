/**
 * `board.compute`: a quarter's draft from what was recorded in it: order ratings and 工单效能 from the
 * supervision counts (charged to the company that held each order, see order-counts.ts), counted survey households,
 * the community checklists, active vetoes and the previous quarter's final board. A fixed number of
 * store round trips whatever the street's size: the counts are two multi-counts, the rest a few reads.
 */
import { type BoardItem, VETO_LABEL } from '../../../types/board'
import { type CompanyFacts, previousQuarter, quarterDays, scoreBoard } from '../../_core/board'
import type { Platform } from '../../_platform/ports'
import type { Where } from '../../_platform/store/port'
import { findAll } from '../reference-sets'
import { type BoardCompany, companiesOfStreet } from './companies'
import { orderCountsByCompany } from './order-counts'
import { boardIdOf, boardSettings, boardsOf, checklistsOf, vetoesOf } from './records'

/** Survey households per company in one multi-count: counted, counted and satisfied, discarded. */
async function surveyCounts(platform: Platform, streetId: string, quarter: string, companies: BoardCompany[]) {
  const wheres: Record<string, Where> = {}
  for (const c of companies) {
    const base = { streetId, quarter, companyId: c.id }
    wheres[`${c.id}|counted`] = { ...base, status: 'counted' }
    wheres[`${c.id}|satisfied`] = { ...base, status: 'counted', satisfied: true }
    wheres[`${c.id}|discarded`] = { ...base, status: 'discarded' }
  }
  return companies.length ? platform.store.collection('survey_responses').countEach(wheres) : {}
}

/** Scores the quarter's board from the stored facts (the board's items, not yet saved). */
export async function scoreQuarter(
  platform: Platform,
  streetId: string,
  quarter: string,
): Promise<{ items: BoardItem[]; discarded: number }> {
  const { store } = platform
  const settings = await boardSettings(store, streetId)
  const companies = await companiesOfStreet(store, streetId, settings.homesPerUnit)
  const days = quarterDays(quarter)
  const [counts, surveys, checklists, vetoes, before] = await Promise.all([
    orderCountsByCompany(
      platform,
      streetId,
      companies.map((c) => c.id),
      days,
    ),
    surveyCounts(platform, streetId, quarter, companies),
    findAll(checklistsOf(store), { streetId, quarter }),
    findAll(vetoesOf(store), { streetId, quarter }),
    boardsOf(store).get(boardIdOf(streetId, previousQuarter(quarter))),
  ])
  const s = surveys as Record<string, number>
  const blackBefore = new Set(
    before?.stage === 'final' ? before.items.filter((i) => i.list === 'black').map((i) => i.companyId) : [],
  )
  const facts = companies.map((c): CompanyFacts => {
    const k = counts.get(c.id)
    const scored = checklists.filter((x) => x.companyId === c.id)
    const veto = vetoes.find((v) => v.companyId === c.id && !v.lifted)
    return {
      companyId: c.id,
      companyName: c.name,
      ratings: k?.ratings ?? 0,
      ratingsSatisfied: k?.satisfied ?? 0,
      surveyHouseholds: s[`${c.id}|counted`] ?? 0,
      surveySatisfied: s[`${c.id}|satisfied`] ?? 0,
      discarded: s[`${c.id}|discarded`] ?? 0,
      orders: k?.orders ?? 0,
      acknowledgeDue: k?.acknowledgeDue ?? 0,
      acknowledgedOnTime: k?.acknowledgedOnTime ?? 0,
      resolveDue: k?.resolveDue ?? 0,
      resolvedOnTime: k?.resolvedOnTime ?? 0,
      closed: k?.closed ?? 0,
      reopened: k?.reopened ?? 0,
      households: c.households,
      // several communities scoring one company: their mean
      checklist: scored.length ? scored.reduce((a, x) => a + x.total, 0) / scored.length : null,
      veto: veto ? `${VETO_LABEL[veto.kind as keyof typeof VETO_LABEL] ?? veto.kind}：${veto.note}` : null,
      blackBefore: blackBefore.has(c.id),
    }
  })
  return { items: scoreBoard(facts, settings), discarded: facts.reduce((n, f) => n + f.discarded, 0) }
}
