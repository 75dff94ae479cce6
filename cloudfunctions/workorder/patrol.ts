import { PatrolInput } from '../../types/report'
import { action } from '../_platform/kit/define'
import { forbidden } from '../_platform/kit/errors'
import { categoryOf } from '../_services/catalog'
import { createOrder } from '../_services/create-order'
import { buildingOf } from '../_services/places'

/**
 * 巡查上报: a grid worker's own finding in their own grid (a 网格长: their community) becomes a work
 * order, source 'patrol': at a building, or on a road or public area near one (place 'elsewhere').
 * 派给 routes it as a report, never back to the reporter; 当场处置 files it resolved, with the
 * after-photos, held by the reporter.
 */
export const patrol = action({
  description: '网格员巡查上报（派给或当场处置）',
  input: PatrolInput,
  roles: ['grid_worker', 'grid_leader'],
  texts: (input) => [input.description, input.where ?? '', input.onSpot?.note ?? ''],
  async run({ input, caller, platform }) {
    const place = await buildingOf(platform.store, input.buildingId)
    const covers = caller.scopes.some(
      (s) =>
        (s.role === 'grid_worker' && s.orgId === place.estate.gridId) ||
        (s.role === 'grid_leader' && s.orgId === place.estate.communityId),
    )
    if (!covers) throw forbidden('这个地点不在您的网格内')
    const category = await categoryOf(platform.store, input.categoryCode)
    const channel = category.defaultHandler === 'property' ? 'property' : 'grid'
    const { handle, onSpot, ...report } = input
    return createOrder(platform, caller, {
      ...report,
      source: 'patrol',
      channel,
      ...(handle === 'on_spot' && onSpot ? { onSpot } : {}),
    })
  },
})
