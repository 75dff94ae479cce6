import { ByIdInput } from '../../types/report'
import { action } from '../_platform/kit/define'
import { invalidInput } from '../_platform/kit/errors'
import { RESIDENT } from '../_platform/kit/roles'
import { eventDoc, eventIdOf, loadOrder } from '../_services/orders'

/** 同问 ("me too"): follow an open report instead of filing a duplicate. Following twice is fine. */
export const follow = action({
  description: '同问：关注同楼同类的报事',
  input: ByIdInput,
  roles: RESIDENT,
  async handler({ input, caller, platform }) {
    const { store, clock } = platform
    const order = await loadOrder(store, input.id)
    if (order.reporterId === caller!.userId) throw invalidInput('这是您自己提交的报事')
    if (order.statusGroup !== 'open' || order.status === 'held') throw invalidInput('该报事已办结，无法同问')
    const key = `${caller!.userId}:${order._id}`
    if (await store.collection('follows').get(key)) return { id: order._id, followed: true }
    const at = clock.now().toISOString()
    try {
      await store.transaction(async (tx) => {
        await tx.collection('follows').insert({ _id: key, userId: caller!.userId, orderId: order._id, createdAt: at })
        await tx
          .collection('workorder_events')
          .insert(
            eventDoc(
              eventIdOf(order._id, order._v, `f_${caller!.userId}`),
              order._id,
              at,
              order.status,
              order.status,
              { action: 'follow' },
              caller!,
            ),
          )
      })
    } catch (error) {
      if (!(error instanceof Error && error.name === 'StoreConflictError')) throw error
      return { id: order._id, followed: true }
    }
    await store.collection('workorders').increment(order._id, 'followerCount', 1)
    return { id: order._id, followed: true }
  },
})
