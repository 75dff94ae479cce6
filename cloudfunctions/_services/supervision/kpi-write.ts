/**
 * What the workflow writes for the dashboard, with every change: the order's KPI state and its row
 * fields (on the order), the ended clocks (rows of `kpi_facts`, insert-only) and the snapshot each
 * timeline event carries (holder and deadlines after it). Computed by the pure fold in _core/kpis.
 */
import type { HandlerKind } from '../../../types/catalog'
import {
  type ClockFacts,
  initialKpiState,
  type KpiEvent,
  type KpiState,
  kpiFold,
  newlyEndedRows,
  type OrderFacts,
  orderRow,
} from '../../_core/kpis'

export const KPI_FACTS = 'kpi_facts'

interface Holder {
  _id: string
  handlerOrgId: string
  handlerKind: HandlerKind
  acknowledgeBy: string
  resolveBy: string
}

interface Place {
  streetId: string
  communityId: string
  gridId: string
}

/** The snapshot an event carries: who holds the order after it, and by when. */
export const eventSnapshot = (o: Omit<Holder, '_id'>) => ({
  holderOrgId: o.handlerOrgId,
  holderKind: o.handlerKind,
  acknowledgeBy: o.acknowledgeBy,
  resolveBy: o.resolveBy,
})

export type KpiFields = OrderFacts & ClockFacts & { kpi: KpiState }

export const kpiFieldsOf = (state: KpiState): KpiFields => ({ ...orderRow(state), kpi: state })

/** An order stored before KPIs were kept: one clock from its creation, as it reads now. */
export function legacyKpiState(o: Holder & { createdAt: string; status: string }): KpiState {
  const start = initialKpiState({
    createdAt: o.createdAt,
    handlerOrgId: o.handlerOrgId,
    handlerKind: o.handlerKind,
    repeat: false,
  })
  if (o.status === 'held') return start
  return kpiFold(start, [{ at: o.createdAt, action: 'dispatch', ...eventSnapshot(o) }])
}

export type KpiFactDoc = ClockFacts &
  Place & {
    _id: string
    orderId: string
    index: number
  }

/** The KPI side of one change: the order's new fields and the clock rows that ended with it. */
export function kpiChangeOf(
  order: Holder & Place & { createdAt: string; status: string; kpi?: KpiState },
  events: KpiEvent[],
): { fields: KpiFields; ended: KpiFactDoc[]; closed: boolean } {
  const before = order.kpi ?? legacyKpiState(order)
  const after = kpiFold(before, events)
  const ended = newlyEndedRows(before, after).map((r) => ({
    _id: `kf_${order._id}_${r.index}`,
    orderId: order._id,
    index: r.index,
    streetId: order.streetId,
    communityId: order.communityId,
    gridId: order.gridId,
    ...r.facts,
  }))
  return { fields: kpiFieldsOf(after), ended, closed: before.closedAt === null && after.closedAt !== null }
}
