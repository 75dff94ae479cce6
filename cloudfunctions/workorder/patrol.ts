import { PatrolInput } from '../../types/report'
import { action } from '../_platform/kit/define'
import { categoryOf } from '../_services/catalog'
import { createOrder } from '../_services/create-order'

/** 巡查上报: a grid worker's own finding becomes the same kind of work order, source 'patrol'. */
export const patrol = action({
  description: '网格员巡查上报',
  input: PatrolInput,
  roles: ['grid_worker', 'grid_leader'],
  async handler({ input, caller, platform }) {
    const category = await categoryOf(platform.store, input.categoryCode)
    const channel = category.defaultHandler === 'property' ? 'property' : 'grid'
    return createOrder(platform, caller!, { ...input, source: 'patrol', channel })
  },
})
