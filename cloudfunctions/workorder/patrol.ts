import { PatrolInput } from '../../types/report'
import { action } from '../_platform/kit/define'
import { forbidden } from '../_platform/kit/errors'
import { categoryOf } from '../_services/catalog'
import { createOrder } from '../_services/create-order'
import { buildingOf } from '../_services/places'

/** 巡查上报: a grid worker's own finding in their own grid (a 网格长: their community) becomes a work order, source 'patrol'. */
export const patrol = action({
  description: '网格员巡查上报',
  input: PatrolInput,
  roles: ['grid_worker', 'grid_leader'],
  texts: (input) => [input.description],
  async run({ input, caller, platform }) {
    const place = await buildingOf(platform.store, input.buildingId)
    const covers = caller.scopes.some(
      (s) =>
        (s.role === 'grid_worker' && s.orgId === place.estate.gridId) ||
        (s.role === 'grid_leader' && s.orgId === place.estate.communityId),
    )
    if (!covers) throw forbidden('这栋楼不在您的网格内')
    const category = await categoryOf(platform.store, input.categoryCode)
    const channel = category.defaultHandler === 'property' ? 'property' : 'grid'
    return createOrder(platform, caller, { ...input, source: 'patrol', channel })
  },
})
