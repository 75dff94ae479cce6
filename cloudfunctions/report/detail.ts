import { ByIdInput } from '../../types/report'
import { relationsOf } from '../_core/workflow'
import { action } from '../_platform/kit/define'
import { forbidden } from '../_platform/kit/errors'
import { RESIDENT } from '../_platform/kit/roles'
import { followKeyOf, followsOf } from '../_services/follows'
import { loadOrder } from '../_services/orders'
import { toDetail } from '../_services/views'

/** One of my reports (the owner view), or one I 同问 (the neighbour view). Nobody else's. */
export const detail = action({
  description: '报事详情与进度',
  input: ByIdInput,
  roles: RESIDENT,
  async handler({ input, caller, platform }) {
    const order = await loadOrder(platform.store, input.id)
    const following = (await followsOf(platform.store).get(followKeyOf(caller!.userId, order._id))) !== null
    const relations = relationsOf(caller!, order, { following })
    if (!relations.has('reporter') && !relations.has('follower')) throw forbidden('只能查看自己提交或同问的报事')
    return toDetail(platform, caller!, order, relations)
  },
})
