/**
 * Where a grid worker's patrol report (派给) goes: routed as a resident's report, but never back to
 * the one who filed it. When they are the only taker of their own grid, it goes up to the community,
 * whose admin dispatches it, instead of waiting in a pool only the reporter would look at.
 */
import type { Channel } from '../../types/catalog'
import type { RouteDecision } from '../_core/routing'
import type { Store } from '../_platform/store/port'
import { routeReport } from './dispatch'
import { type BuildingPlace, orgById } from './places'
import { rostersOf } from './rosters'

export async function routePatrol(
  store: Store,
  place: BuildingPlace,
  request: { categoryCode: string; channel: Channel },
  reporterId: string,
): Promise<RouteDecision> {
  const decision = await routeReport(store, place, request, { exceptStaffId: reporterId })
  if (!(decision.handler.kind === 'grid' && decision.handler.pool && decision.handler.orgId === place.estate.gridId))
    return decision
  const communityId = place.estate.communityId
  const [community, roster] = await Promise.all([orgById(store, communityId), rostersOf(store, [communityId])])
  const admin =
    roster.find((s) => s.role === 'community_admin' && s.onDuty && s.id !== reporterId && s.orgId === communityId) ??
    null
  const name = community?.name ?? '社区'
  return {
    handler: {
      kind: 'community',
      orgId: communityId,
      orgName: name,
      staffId: admin?.id ?? null,
      staffName: admin?.name ?? null,
      pool: !admin,
    },
    reason: `已派给 ${name}：巡查发现，本网格无其他网格员，由社区派单处理`,
    ruleId: decision.ruleId,
    contenders: [],
  }
}
