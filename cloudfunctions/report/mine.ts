import { type ListOutput, MineInput } from '../../types/report'
import { action } from '../_platform/kit/define'
import { RESIDENT } from '../_platform/kit/roles'
import { followsOf } from '../_services/follows'
import { ordersOf } from '../_services/orders'
import { neighbourSummary, toSummary } from '../_services/views'

/** 我的报事: my reports, newest first; the first page also lists the reports I 同问 (neighbour view). */
export const mine = action({
  description: '我的报事（含同问）',
  input: MineInput,
  roles: RESIDENT,
  async run({ input, caller, platform }): Promise<ListOutput> {
    const { store, clock } = platform
    const now = clock.now()
    const page = await ordersOf(store).find({
      where: { reporterId: caller.userId },
      orderBy: [['createdAt', 'desc']],
      limit: input.limit,
      cursor: input.cursor ?? null,
    })
    const items = page.items.map((o) => toSummary(o, now, { resident: true }))
    if (!input.cursor) {
      const follows = await followsOf(store).find({
        where: { userId: caller.userId },
        orderBy: [['createdAt', 'desc']],
        limit: 50,
      })
      const ids = follows.items.map((f) => String(f.orderId))
      const followed = ids.length
        ? await ordersOf(store).find({ where: { _id: { in: ids } }, limit: ids.length })
        : null
      for (const o of followed?.items ?? []) {
        if (o.reporterId !== caller.userId) items.push(neighbourSummary(o, now, true))
      }
      items.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    }
    return { items, nextCursor: page.nextCursor }
  },
})
