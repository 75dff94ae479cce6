/**
 * The one way a work-order document is made: a pure function of what the submit decided. The
 * submit path, tests and benchmarks all build orders with it, so a new field is added once.
 */
import type { Category, Channel, HandlerKind } from '../../types/catalog'
import type { Deadlines } from '../_core/deadlines'
import { initialKpiState, kpiFold } from '../_core/kpis'
import type { OrderDoc } from './orders'
import { eventSnapshot, kpiFieldsOf } from './supervision/kpi-write'

export interface NewOrderFacts {
  id: string
  number: string
  requestId: string
  source: 'resident' | 'patrol'
  channel: Channel
  reporter: { id: string; name: string; phone: string | null }
  /** 未核实住户: the resident's current house is not verified yet */
  reporterUnverified?: boolean
  category: Pick<Category, 'code' | 'name' | 'urgent' | 'acknowledgeHours' | 'resolveHours' | 'afterPhotoRequired'>
  place: { streetId: string; communityId: string; gridId: string; estateId: string; buildingId: string; label: string }
  description: string
  photos: string[]
  urgent: boolean
  handler: { kind: HandlerKind; orgId: string; orgName: string; staffId: string | null; staffName: string | null }
  routeReason: string
  routeRuleId: string
  deadlines: Deadlines
  /** photos still being checked: the order waits (held) instead of being dispatched (assigned) */
  held: boolean
  now: Date
  /** 重复诉求: the same reporter, place and category within 30 days of a closure */
  repeat?: boolean
}

/** The KPI state of a new order: filed, and dispatched unless held (see _core/kpis). */
function newOrderKpi(f: NewOrderFacts, at: string) {
  const start = initialKpiState({
    createdAt: at,
    handlerOrgId: f.handler.orgId,
    handlerKind: f.handler.kind,
    repeat: f.repeat ?? false,
  })
  if (f.held) return kpiFieldsOf(start)
  const snapshot = eventSnapshot({ handlerOrgId: f.handler.orgId, handlerKind: f.handler.kind, ...f.deadlines })
  return kpiFieldsOf(kpiFold(start, [{ at, action: 'dispatch', ...snapshot }]))
}

export function newOrderDoc(f: NewOrderFacts): Omit<OrderDoc, '_v'> {
  const at = f.now.toISOString()
  const status = f.held ? 'held' : 'assigned'
  return {
    _id: f.id,
    number: f.number,
    requestId: f.requestId,
    requestKey: `${f.reporter.id}:${f.requestId}`,
    status,
    statusGroup: 'open',
    source: f.source,
    channel: f.channel,
    reporterId: f.reporter.id,
    reporterName: f.reporter.name,
    reporterPhone: f.reporter.phone,
    ...(f.reporterUnverified ? { reporterUnverified: true } : {}),
    categoryCode: f.category.code,
    categoryName: f.category.name,
    category: {
      name: f.category.name,
      urgent: f.category.urgent,
      acknowledgeHours: f.category.acknowledgeHours,
      resolveHours: f.category.resolveHours,
      afterPhotoRequired: f.category.afterPhotoRequired,
    },
    streetId: f.place.streetId,
    buildingId: f.place.buildingId,
    estateId: f.place.estateId,
    gridId: f.place.gridId,
    communityId: f.place.communityId,
    addressLabel: f.place.label,
    description: f.description,
    urgent: f.urgent,
    photos: f.photos,
    afterPhotos: [],
    handlerKind: f.handler.kind,
    handlerOrgId: f.handler.orgId,
    handlerOrgName: f.handler.orgName,
    handlerStaffId: f.handler.staffId ?? '',
    handlerStaffName: f.handler.staffName ?? '',
    routeReason: f.routeReason,
    routeRuleId: f.routeRuleId,
    acknowledgeBy: f.deadlines.acknowledgeBy,
    resolveBy: f.deadlines.resolveBy,
    nextDeadline: f.deadlines.acknowledgeBy,
    escalationLevel: 0,
    reopenCount: 0,
    supervised: false,
    followerCount: 0,
    rating: null,
    whistle: null,
    whistleDeptId: '',
    createdAt: at,
    updatedAt: at,
    resolvedAt: null,
    closedAt: null,
    ...newOrderKpi(f, at),
  }
}
