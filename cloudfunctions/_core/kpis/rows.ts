/**
 * The rows the dashboard counts, from an order's KPI state. The order itself carries its order-level
 * facts and its open clock (`k*` fields on the work order); every clock that ended (transferred,
 * returned, reopened, cancelled, rejected) becomes a row of its own in `kpi_facts`, final from then
 * on. Counting both gives each KPI exactly (see counts.ts).
 */
import { PROBLEM_THRESHOLD } from '../../../types/supervision'
import type { KpiClock, KpiState } from './state'

/** The facts of one clock: whom it charges and what. A null time: not charged / not counted. */
export interface ClockFacts {
  kOrg: string
  /** the dispatch (派单 or 转派) that started it; null for a reopen's clock */
  kDispatchAt: string | null
  kReturned: boolean
  kAckAt: string | null
  kAckOk: boolean
  kResolveAt: string | null
  kResolveOk: boolean
}

export interface OrderFacts {
  kCreatedOrg: string
  kRepeat: boolean
  kCloseAt: string | null
  kCloseOrg: string
  kRated: boolean
  kReopened: boolean
  kRateAt: string | null
  kRateOrg: string
  kSatisfied: boolean
  kResolvedKnown: boolean
  kResolvedYes: boolean
  kProblem: boolean
  kTransfers: number
}

export const NO_CLOCK: ClockFacts = {
  kOrg: '',
  kDispatchAt: null,
  kReturned: false,
  kAckAt: null,
  kAckOk: false,
  kResolveAt: null,
  kResolveOk: false,
}

/**
 * A deadline is charged to the clock's holder when the step was done in the clock, or the clock
 * still ran when the deadline came. A quick return (within the grace) voids both deadlines.
 */
function charged(clock: KpiClock, deadline: string, doneAt: string | null): { at: string | null; ok: boolean } {
  if (clock.quickReturn) return { at: null, ok: false }
  if (doneAt !== null) return { at: deadline, ok: doneAt <= deadline }
  if (clock.endedAt !== null && clock.endedAt < deadline) return { at: null, ok: false }
  return { at: deadline, ok: false }
}

export function clockFacts(clock: KpiClock): ClockFacts {
  const ack = charged(clock, clock.acknowledgeBy, clock.acknowledgedAt)
  const resolve = charged(clock, clock.resolveBy, clock.resolvedAt)
  return {
    kOrg: clock.orgId,
    kDispatchAt: clock.via === 'reopen' ? null : clock.start,
    kReturned: clock.endedBy === 'return',
    kAckAt: ack.at,
    kAckOk: ack.ok,
    kResolveAt: resolve.at,
    kResolveOk: resolve.ok,
  }
}

export function orderFacts(state: KpiState): OrderFacts {
  const closed = state.closedAt !== null
  const r = state.rating
  return {
    kCreatedOrg: state.firstOrgId,
    kRepeat: state.repeat,
    kCloseAt: state.closedAt,
    kCloseOrg: state.closeOrgId,
    kRated: closed && r !== null,
    kReopened: state.reopens > 0,
    kRateAt: r?.at ?? null,
    kRateOrg: r?.orgId ?? '',
    kSatisfied: r?.satisfied ?? false,
    kResolvedKnown: r !== null && r.resolved !== null,
    kResolvedYes: r?.resolved === true,
    kProblem: state.reopens >= PROBLEM_THRESHOLD || state.transfers >= PROBLEM_THRESHOLD,
    kTransfers: state.transfers,
  }
}

/** What the order document carries: its order-level facts and its open clock (or none). */
export function orderRow(state: KpiState): OrderFacts & ClockFacts {
  const last = state.clocks.at(-1)
  const open = last && last.endedAt === null ? clockFacts(last) : NO_CLOCK
  return { ...orderFacts(state), ...open }
}

/** The ended clocks, each with its index in the order's life (the row id's suffix). */
export function endedClockRows(state: KpiState): Array<{ index: number; facts: ClockFacts }> {
  return state.clocks
    .map((clock, index) => ({ clock, index }))
    .filter(({ clock }) => clock.endedAt !== null)
    .map(({ clock, index }) => ({ index, facts: clockFacts(clock) }))
}

/** Rows that ended with this change (insert-only: an ended clock never changes again). */
export function newlyEndedRows(before: KpiState, after: KpiState) {
  const had = new Set(endedClockRows(before).map((r) => r.index))
  return endedClockRows(after).filter((r) => !had.has(r.index))
}
