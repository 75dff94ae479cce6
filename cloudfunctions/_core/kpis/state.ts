/**
 * The KPI state of one order: its life folded from its timeline events, step by step. The workflow
 * keeps it on the order (`kpi`) and writes the rows it implies (rows.ts) in the same transaction as
 * the events, so the dashboard counts rows instead of replaying timelines.
 *
 * A clock starts at every dispatch, transfer and reopen: the holder then has an acknowledge-by and a
 * resolve-by. Responsibility follows the holder: a deadline is charged to the clock's holder when it
 * did the step (on time or late) or still held the order when the deadline came; a clock the holder
 * returned within the grace (2 working hours of dispatch) is charged nothing.
 */
import type { HandlerKind } from '../../../types/catalog'
import type { WorkOrderAction } from '../../../types/workorder'
import { type RatingLike, ratingVerdict } from './verdict'

/** What an event must say for the fold; older events without a snapshot fall back to the order. */
export interface KpiEvent {
  at: string
  action: WorkOrderAction
  /** the holder and its deadlines after the event */
  holderOrgId?: string
  holderKind?: HandlerKind
  acknowledgeBy?: string
  resolveBy?: string
  /** a rate event: the rating it gave */
  rating?: RatingLike
  /** a return event: within the grace after the clock started */
  quickReturn?: boolean
}

export type ClockEnd = 'transfer' | 'return' | 'reopen' | 'cancel' | 'reject'

export interface KpiClock {
  start: string
  via: 'dispatch' | 'transfer' | 'reopen'
  orgId: string
  orgKind: HandlerKind
  acknowledgeBy: string
  resolveBy: string
  acknowledgedAt: string | null
  resolvedAt: string | null
  endedAt: string | null
  endedBy: ClockEnd | null
  quickReturn: boolean
}

export interface KpiState {
  createdAt: string
  /** the org the order was routed to when filed (the 重复诉求 row is charged to it) */
  firstOrgId: string
  firstOrgKind: HandlerKind
  repeat: boolean
  holderOrgId: string
  holderKind: HandlerKind
  clocks: KpiClock[]
  reopens: number
  transfers: number
  /** the current closure (办结后关闭), null while open or after a reopen */
  closedAt: string | null
  closeOrgId: string
  closeOrgKind: HandlerKind
  /** the final rating (a revision replaces it) */
  rating: { at: string; orgId: string; orgKind: HandlerKind; satisfied: boolean; resolved: boolean | null } | null
}

export interface KpiOrigin {
  createdAt: string
  handlerOrgId: string
  handlerKind: HandlerKind
  repeat: boolean
}

export function initialKpiState(origin: KpiOrigin): KpiState {
  return {
    createdAt: origin.createdAt,
    firstOrgId: origin.handlerOrgId,
    firstOrgKind: origin.handlerKind,
    repeat: origin.repeat,
    holderOrgId: origin.handlerOrgId,
    holderKind: origin.handlerKind,
    clocks: [],
    reopens: 0,
    transfers: 0,
    closedAt: null,
    closeOrgId: origin.handlerOrgId,
    closeOrgKind: origin.handlerKind,
    rating: null,
  }
}

const CLOSING: ReadonlySet<WorkOrderAction> = new Set(['confirm', 'rate', 'auto_close'])

function endClock(clocks: KpiClock[], at: string, by: ClockEnd, quickReturn = false): KpiClock[] {
  const last = clocks.at(-1)
  if (!last || last.endedAt !== null) return clocks
  return [...clocks.slice(0, -1), { ...last, endedAt: at, endedBy: by, quickReturn }]
}

function patchOpenClock(clocks: KpiClock[], patch: Partial<KpiClock>): KpiClock[] {
  const last = clocks.at(-1)
  if (!last || last.endedAt !== null) return clocks
  return [...clocks.slice(0, -1), { ...last, ...patch }]
}

function startClock(state: KpiState, e: KpiEvent, via: KpiClock['via'], orgId: string, orgKind: HandlerKind) {
  const clock: KpiClock = {
    start: e.at,
    via,
    orgId,
    orgKind,
    acknowledgeBy: e.acknowledgeBy ?? e.at,
    resolveBy: e.resolveBy ?? e.at,
    acknowledgedAt: null,
    resolvedAt: null,
    endedAt: null,
    endedBy: null,
    quickReturn: false,
  }
  return [...state.clocks, clock]
}

/** One event more. Pure; events must come in timeline order. */
export function kpiStep(state: KpiState, e: KpiEvent): KpiState {
  const orgId = e.holderOrgId ?? state.holderOrgId
  const orgKind = e.holderKind ?? state.holderKind
  const s: KpiState = { ...state, holderOrgId: orgId, holderKind: orgKind }
  switch (e.action) {
    case 'dispatch':
      return { ...s, clocks: startClock(s, e, 'dispatch', orgId, orgKind) }
    case 'transfer': {
      const ended = endClock(s.clocks, e.at, 'transfer')
      return {
        ...s,
        transfers: s.transfers + 1,
        clocks: startClock({ ...s, clocks: ended }, e, 'transfer', orgId, orgKind),
      }
    }
    case 'reopen': {
      const ended = endClock(s.clocks, e.at, 'reopen')
      return {
        ...s,
        reopens: s.reopens + 1,
        closedAt: null,
        clocks: startClock({ ...s, clocks: ended }, e, 'reopen', orgId, orgKind),
      }
    }
    case 'acknowledge':
    case 'grab': {
      const last = s.clocks.at(-1)
      if (!last || last.acknowledgedAt !== null) return s
      return { ...s, clocks: patchOpenClock(s.clocks, { acknowledgedAt: e.at }) }
    }
    case 'resolve':
      return { ...s, clocks: patchOpenClock(s.clocks, { resolvedAt: e.at }) }
    case 'return':
      return { ...s, clocks: endClock(s.clocks, e.at, 'return', e.quickReturn === true) }
    case 'cancel':
    case 'reject':
      return { ...s, clocks: endClock(s.clocks, e.at, e.action) }
    default:
      break
  }
  if (!CLOSING.has(e.action)) return s
  const closed: KpiState = s.closedAt === null ? { ...s, closedAt: e.at, closeOrgId: orgId, closeOrgKind: orgKind } : s
  if (e.action !== 'rate' || !e.rating) return closed
  const verdict = ratingVerdict(e.rating)
  return { ...closed, rating: { at: e.at, orgId, orgKind, ...verdict } }
}

export const kpiFold = (state: KpiState, events: readonly KpiEvent[]): KpiState => events.reduce(kpiStep, state)
