/** Grades and lists of the 红黑榜, as data: AAA ≥ 85, AA ≥ 80, A ≥ 70, B ≥ 60, C below. */
import type { Grade, ListKind } from '../../../types/board'

export const GRADE_FLOORS: ReadonlyArray<readonly [Grade, number]> = [
  ['AAA', 85],
  ['AA', 80],
  ['A', 70],
  ['B', 60],
  ['C', Number.NEGATIVE_INFINITY],
]

export function gradeOf(score: number): Grade {
  for (const [grade, floor] of GRADE_FLOORS) if (score >= floor) return grade
  return 'C'
}

export const gradeOrder = (g: Grade): number => GRADE_FLOORS.findIndex(([name]) => name === g)

/**
 * 黑榜: a veto, whatever the score or sample; 样本不足: below the minimum sample (not ranked);
 * 红榜: AAA with a sufficient sample and no veto; 黑榜 also for grade C.
 */
export function listOf(grade: Grade, sufficient: boolean, vetoed: boolean): ListKind {
  if (vetoed) return 'black'
  if (!sufficient) return 'insufficient'
  if (grade === 'C') return 'black'
  if (grade === 'AAA') return 'red'
  return 'none'
}
