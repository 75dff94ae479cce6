/**
 * The publicity window (公示) and the stage table of a quarter's board. Pure: the clock and the
 * street's work calendar come in as arguments.
 *
 * Rule (documented for the street): publicity lasts N working days counted from the day after it
 * starts, ending at 00:00 China time after the Nth working day. The board may go final only once the
 * window has ended AND every appeal is decided; a pending appeal holds the final stage even after the
 * window, and an early final (before the window ends) is never allowed, so a company always has its
 * full N working days to appeal.
 */
import type { Stage } from '../../../types/board'
import { chinaDayIndex, chinaDayStart } from '../deadlines/china-time'
import { isChinaWorkday, NATIONAL_CALENDAR, type WorkCalendar } from '../deadlines/workdays'

/** ISO instant the window ends: 00:00 China time after the Nth working day following `start`'s day. */
export function publicityEndsAt(start: Date, workingDays: number, calendar: WorkCalendar = NATIONAL_CALENDAR): string {
  let day = chinaDayIndex(start.getTime())
  let left = workingDays
  for (let i = 0; i < 400 && left > 0; i++) {
    day++
    if (isChinaWorkday(day, calendar)) left--
  }
  return new Date(chinaDayStart(day + 1)).toISOString()
}

/** The only forward moves of a board: draft → publicity → final. */
export const NEXT_STAGE: Readonly<Record<Stage, Stage | null>> = { draft: 'publicity', publicity: 'final', final: null }

/** Why the board cannot move to `to` now, or '' when it can. */
export function publishRefusal(
  board: { stage: Stage; publicityEndsAt: string | null },
  to: Stage,
  now: Date,
  pendingAppeals: number,
): string {
  if (NEXT_STAGE[board.stage] !== to) {
    return board.stage === 'final'
      ? '该季度红黑榜已正式发布，不能再改'
      : `当前阶段不能直接发布为${to === 'final' ? '正式' : '公示'}`
  }
  if (to === 'final') {
    if (board.publicityEndsAt && now.toISOString() < board.publicityEndsAt) return '公示期尚未结束，期满后才能正式发布'
    if (pendingAppeals > 0) return `还有${pendingAppeals}件申诉未处理，请先处理申诉`
  }
  return ''
}

/** Whether the board's figures may still change (recompute, veto, checklist): not once final. */
export const boardOpen = (stage: Stage | null): boolean => stage !== 'final'
