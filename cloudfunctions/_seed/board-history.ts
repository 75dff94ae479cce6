/**
 * Demo data for the 物业红黑榜: the two quarters before the current one, both final, so residents see
 * a real board at once (the last full quarter shows a 红榜, a 黑榜 and a 样本不足 company, and the 黑榜
 * company was black the quarter before too, so it is flagged for referral). Deterministic: a seeded
 * RNG (mulberry32), the clock's quarter and the demo street's estates decide everything.
 *
 * What is stored: survey responses (one per sampled household, real documents the board counts), the
 * communities' checklists, and each quarter's final board with its 约谈/整改 tasks. The order side of
 * each seeded board (ratings, 工单效能, orders) is generated here as facts, because the demo seed has no
 * order history of those quarters; the boards are final, so nothing recomputes them.
 */
import { createHash } from 'node:crypto'
import { BoardSettings, CHECKLIST_ITEMS } from '../../types/board'
import { SURVEY_QUESTIONS } from '../../types/rating'
import {
  type CompanyFacts,
  lastEndedQuarter,
  previousQuarter,
  publicityEndsAt,
  quarterRange,
  scoreBoard,
  tasksOfFinalBoard,
} from '../_core/board'
import { mulberry32 } from './rng'
import { ESTATES, PROPERTY_COMPANIES, STREET } from './street'

/** Each company's character in the demo: how often its households are satisfied, and its order record. */
interface Profile {
  surveys: number
  satisfied: number
  ratings: number
  onTime: number
  reopen: number
  ordersPerThousand: number
  checklist: number
}

const PROFILES: Record<string, Profile> = {
  // 红榜: a large sample, happy residents, prompt work
  'pc-botai': {
    surveys: 64,
    satisfied: 0.95,
    ratings: 84,
    onTime: 0.97,
    reopen: 0.02,
    ordersPerThousand: 110,
    checklist: 96,
  },
  // 黑榜 (grade C) two quarters running: flagged for referral
  'pc-nanhu': {
    surveys: 46,
    satisfied: 0.3,
    ratings: 72,
    onTime: 0.55,
    reopen: 0.22,
    ordersPerThousand: 300,
    checklist: 50,
  },
  // 样本不足: too few ratings and survey households to rank
  // between the lists: a sound sample and middling grades
  'pc-huating': {
    surveys: 38,
    satisfied: 0.85,
    ratings: 52,
    onTime: 0.92,
    reopen: 0.05,
    ordersPerThousand: 140,
    checklist: 86,
  },
  'pc-lanwan': {
    surveys: 33,
    satisfied: 0.72,
    ratings: 45,
    onTime: 0.85,
    reopen: 0.08,
    ordersPerThousand: 170,
    checklist: 75,
  },
  'pc-jinyu': {
    surveys: 9,
    satisfied: 0.8,
    ratings: 14,
    onTime: 0.9,
    reopen: 0.05,
    ordersPerThousand: 150,
    checklist: 85,
  },
}
const FALLBACK: Profile = {
  surveys: 30,
  satisfied: 0.75,
  ratings: 40,
  onTime: 0.85,
  reopen: 0.08,
  ordersPerThousand: 160,
  checklist: 78,
}

const binomial = (rand: () => number, n: number, p: number) => {
  let k = 0
  for (let i = 0; i < n; i++) if (rand() < p) k++
  return k
}

type Doc = { _id: string } & Record<string, unknown>
const HOMES_PER_UNIT = BoardSettings.parse({}).homesPerUnit

/** The survey responses, checklists, final boards and tasks of the two quarters before `now`'s. */
export function boardHistorySeed(now: Date): Record<string, Doc[]> {
  const settings = BoardSettings.parse({})
  const streetId = STREET._id
  const last = lastEndedQuarter(now)
  const quarters = [previousQuarter(last), last]
  const out: Record<string, Doc[]> = { survey_responses: [], board_checklists: [], boards: [], board_tasks: [] }
  let blackBefore = new Set<string>()
  quarters.forEach((quarter, qi) => {
    const rand = mulberry32(20260 + qi)
    const range = quarterRange(quarter)
    const start = Date.parse(range.from)
    const span = Date.parse(range.to) - start
    const at = (f: number) => new Date(start + Math.floor(span * f)).toISOString()
    const facts = PROPERTY_COMPANIES.map((company): CompanyFacts => {
      const p = PROFILES[company._id] ?? FALLBACK
      const estates = ESTATES.filter((e) => e.propertyCompanyId === company._id)
      const households = estates.reduce((n, e) => n + e.buildings * e.units * HOMES_PER_UNIT, 0)
      let satisfiedHouseholds = 0
      for (let i = 0; i < p.surveys; i++) {
        const estate = estates[i % estates.length]
        const happy = rand() < p.satisfied
        const answers = Object.fromEntries(
          SURVEY_QUESTIONS.map((q) => [q.key, happy ? 4 + (rand() < 0.5 ? 1 : 0) : 1 + Math.floor(rand() * 3)]),
        )
        const mean = Object.values(answers).reduce((a, b) => a + b, 0) / SURVEY_QUESTIONS.length
        if (mean >= 3.5) satisfiedHouseholds++
        const room = `${1 + (i % estate.buildings)}|${1 + (Math.floor(i / estate.buildings) % estate.units)}|${100 + i}`
        out.survey_responses.push({
          _id: `sv_${quarter}_${createHash('sha256').update(`${streetId}\nseed:${estate._id}|${room}`).digest('hex').slice(0, 24)}`,
          quarter,
          streetId,
          companyId: company._id,
          estateId: estate._id,
          householdId: `hh-seed-${estate._id}-${i}`,
          userId: `u-seed-survey-${i}`,
          answers,
          mean,
          satisfied: mean >= 3.5,
          comment: '',
          clientIp: '',
          device: '',
          status: 'counted',
          holdReason: '',
          submittedAt: at(0.7 + rand() * 0.29),
          replacedCount: 0,
        })
      }
      const orders = Math.round((p.ordersPerThousand * households) / 1000)
      const due = Math.max(orders, 1)
      const closed = Math.round(orders * 0.9)
      const ratings = p.ratings
      const scores = Object.fromEntries(
        CHECKLIST_ITEMS.map((item) => [item.key, Math.min(25, Math.round((p.checklist / 100) * 25 + rand() - 0.5))]),
      )
      for (const communityId of [...new Set(estates.map((e) => e.communityId))]) {
        out.board_checklists.push({
          _id: `ck_${quarter}_${company._id}_${communityId}`,
          streetId,
          quarter,
          companyId: company._id,
          communityId,
          scores,
          total: Object.values(scores).reduce((a, b) => a + b, 0),
          note: '',
          scoredBy: 'u-community-admin',
          scoredAt: at(0.99),
        })
      }
      return {
        companyId: company._id,
        companyName: company.name,
        ratings,
        ratingsSatisfied: binomial(rand, ratings, p.satisfied),
        surveyHouseholds: p.surveys,
        surveySatisfied: satisfiedHouseholds,
        discarded: 0,
        orders,
        acknowledgeDue: due,
        acknowledgedOnTime: binomial(rand, due, p.onTime),
        resolveDue: due,
        resolvedOnTime: binomial(rand, due, p.onTime - 0.03),
        closed,
        reopened: binomial(rand, closed, p.reopen),
        households,
        checklist: out.board_checklists.find((c) => c.companyId === company._id && c.quarter === quarter)
          ?.total as number,
        veto: null,
        blackBefore: blackBefore.has(company._id),
      }
    })
    const items = scoreBoard(facts, settings)
    const published = new Date(Date.parse(range.to) + 3 * 86_400_000)
    const ends = publicityEndsAt(published, settings.publicityWorkingDays)
    out.boards.push({
      _id: `bd_${streetId}_${quarter}`,
      streetId,
      quarter,
      stage: 'final',
      items,
      discarded: 0,
      computedAt: published.toISOString(),
      publicityStartedAt: published.toISOString(),
      publicityEndsAt: ends,
      finalAt: ends,
    })
    const tasks = tasksOfFinalBoard({
      streetId,
      quarter,
      items,
      communitiesOf: (id) => [...new Set(ESTATES.filter((e) => e.propertyCompanyId === id).map((e) => e.communityId))],
      dueAt: publicityEndsAt(new Date(ends), settings.rectifyWorkingDays),
      now: ends,
    })
    out.board_tasks.push(...tasks.map((t) => ({ ...t })))
    blackBefore = new Set(items.filter((i) => i.list === 'black').map((i) => i.companyId))
  })
  return out
}
