/**
 * A quarter's board from each company's facts: components, the shrunk satisfaction, grades, lists
 * and ranks. Pure: the facts (gathered by _services/board) and the settings come in as arguments.
 *
 * - 居民评价: order ratings (满意/基本满意, or ≥ 3 stars when the rating has no satisfaction) and
 *   survey households (mean answer ≥ 3.5) are satisfied observations; the share is shrunk toward the
 *   street's share with a prior of m observations.
 * - 工单效能: the mean of on-time acknowledgement, on-time resolution and 1 − reopen rate (a rate with
 *   no denominator is left out; none at all takes the street's value).
 * - 社区考评: the community's checklist (0–100); unscored takes the street's mean.
 * - 诉求强度: orders per 1,000 households, inverted against twice the street's rate (the street
 *   average earns half the points, none earns all, twice the average or more earns nothing).
 */
import type { BoardItem, BoardSettings, Breakdown } from '../../../types/board'
import { gradeOf, gradeOrder, listOf } from './grades'
import { clamp01, meanOf, rate, round, shrink, wilsonLower } from './maths'

export interface CompanyFacts {
  companyId: string
  companyName: string
  /** valid order ratings and how many were satisfied */
  ratings: number
  ratingsSatisfied: number
  /** counted survey households and how many were satisfied */
  surveyHouseholds: number
  surveySatisfied: number
  /** survey responses the street discarded */
  discarded: number
  orders: number
  acknowledgeDue: number
  acknowledgedOnTime: number
  resolveDue: number
  resolvedOnTime: number
  closed: number
  reopened: number
  households: number
  /** 0–100, null when the community did not score it */
  checklist: number | null
  /** the veto's description, null when none */
  veto: string | null
  /** black in the previous quarter's final board */
  blackBefore: boolean
}

interface Components {
  facts: CompanyFacts
  satisfied: number
  observed: number
  efficiency: number | null
  ack: number | null
  res: number | null
  reopen: number | null
  perThousand: number | null
}

function componentsOf(f: CompanyFacts): Components {
  const ack = rate(f.acknowledgedOnTime, f.acknowledgeDue)
  const res = rate(f.resolvedOnTime, f.resolveDue)
  const reopen = rate(f.reopened, f.closed)
  return {
    facts: f,
    satisfied: f.ratingsSatisfied + f.surveySatisfied,
    observed: f.ratings + f.surveyHouseholds,
    ack,
    res,
    reopen,
    efficiency: meanOf([ack, res, reopen === null ? null : 1 - reopen]),
    perThousand: f.households > 0 ? (f.orders / f.households) * 1000 : null,
  }
}

/** Scores, grades and lists each company; ranks the ones with a sufficient sample. */
export function scoreBoard(all: readonly CompanyFacts[], settings: BoardSettings): BoardItem[] {
  const comps = all.map(componentsOf)
  const sum = (pick: (c: Components) => number) => comps.reduce((a, c) => a + pick(c), 0)
  const observed = sum((c) => c.observed)
  const streetShare = observed > 0 ? sum((c) => c.satisfied) / observed : 0.5
  const streetEfficiency = meanOf(comps.map((c) => c.efficiency)) ?? 1
  const streetChecklist = meanOf(all.map((f) => f.checklist)) ?? 60
  const streetPerThousand = meanOf(comps.map((c) => c.perThousand))
  const w = settings.weights

  const items = comps.map((c): BoardItem => {
    const f = c.facts
    const share = shrink(c.satisfied, c.observed, streetShare, settings.priorWeight)
    const checklist = f.checklist ?? streetChecklist
    const intensity =
      c.perThousand === null || !streetPerThousand ? 1 : clamp01(1 - c.perThousand / (2 * streetPerThousand))
    const breakdown: Breakdown = {
      residents: round(w.residents * share, 2),
      efficiency: round(w.efficiency * (c.efficiency ?? streetEfficiency), 2),
      checklist: round((w.checklist * checklist) / 100, 2),
      intensity: round(w.intensity * intensity, 2),
      satisfaction: round(share, 4),
      onTimeAcknowledge: c.ack === null ? null : round(c.ack, 4),
      onTimeResolve: c.res === null ? null : round(c.res, 4),
      reopenRate: c.reopen === null ? null : round(c.reopen, 4),
      ordersPerThousand: c.perThousand === null ? null : round(c.perThousand, 1),
      checklistScore: f.checklist,
      wilson: round(wilsonLower(c.satisfied, c.observed), 4),
    }
    const score = round(breakdown.residents + breakdown.efficiency + breakdown.checklist + breakdown.intensity, 1)
    const grade = gradeOf(score)
    const sufficient = f.ratings >= settings.minRatings && f.surveyHouseholds >= settings.minSurveyHouseholds
    const list = listOf(grade, sufficient, f.veto !== null)
    return {
      companyId: f.companyId,
      companyName: f.companyName,
      score,
      grade,
      list,
      rank: null,
      breakdown,
      sample: {
        ratings: f.ratings,
        surveyHouseholds: f.surveyHouseholds,
        orders: f.orders,
        households: f.households,
        discarded: f.discarded,
      },
      veto: f.veto,
      referral: list === 'black' && f.blackBefore,
    }
  })
  return rankBoard(items)
}

/**
 * Ranks the companies with a sufficient sample (vetoed ones after the others): by grade, then score,
 * then the Wilson lower bound inside the grade; equal on all three share a rank (1, 2, 2, 4).
 * 样本不足 entries are not ranked and come last.
 */
export function rankBoard(items: readonly BoardItem[]): BoardItem[] {
  const key = (i: BoardItem) => [i.veto ? 1 : 0, gradeOrder(i.grade), -i.score, -i.breakdown.wilson]
  const compare = (a: BoardItem, b: BoardItem) => {
    const ka = key(a)
    const kb = key(b)
    for (let k = 0; k < ka.length; k++) if (ka[k] !== kb[k]) return ka[k] - kb[k]
    return 0
  }
  const ranked = items.filter((i) => i.list !== 'insufficient').sort(compare)
  const out: BoardItem[] = []
  ranked.forEach((item, index) => {
    const prev = out[index - 1]
    const rank = prev && compare(prev, item) === 0 ? (prev.rank as number) : index + 1
    out.push({ ...item, rank })
  })
  const unranked = items
    .filter((i) => i.list === 'insufficient')
    .sort((a, b) => a.companyName.localeCompare(b.companyName, 'zh'))
  return [...out, ...unranked.map((i) => ({ ...i, rank: null }))]
}
