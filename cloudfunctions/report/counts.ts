import * as z from 'zod/mini'
import type { CountsOutput } from '../../types/report'
import { action } from '../_platform/kit/define'
import { RESIDENT } from '../_platform/kit/roles'
import { ordersOf } from '../_services/orders'

/** The home page's 我的报事 badge: the caller's own reports in progress and waiting for their confirmation. */
export const counts = action({
  description: '我的报事计数（处理中、待确认）',
  input: z.object({}),
  roles: RESIDENT,
  async run({ caller, platform }): Promise<CountsOutput> {
    const orders = ordersOf(platform.store)
    const [open, fixed] = await Promise.all([
      orders.count({ reporterId: caller.userId, statusGroup: 'open' }),
      orders.count({ reporterId: caller.userId, statusGroup: 'fixed' }),
    ])
    return { open, fixed }
  },
})
