import { SimilarInput } from '../../types/report'
import { action } from '../_platform/kit/define'
import { RESIDENT } from '../_platform/kit/roles'
import { ordersOf } from '../_services/orders'
import { toSummary } from '../_services/views'

/** Open reports of the same category in the same building, so a resident can 同问 instead of filing again. */
export const similar = action({
  description: '同楼同类未办结报事（可同问）',
  input: SimilarInput,
  roles: RESIDENT,
  async handler({ input, caller, platform }) {
    const now = platform.clock.now()
    const page = await ordersOf(platform.store).find({
      where: { buildingId: input.buildingId, categoryCode: input.categoryCode, statusGroup: 'open' },
      orderBy: [['createdAt', 'desc']],
      limit: 10,
    })
    const others = page.items.filter((o) => o.reporterId !== caller!.userId && o.status !== 'held')
    const follows = platform.store.collection('follows')
    const items = await Promise.all(
      others.map(async (o) =>
        toSummary(o, now, { redacted: true, followed: (await follows.get(`${caller!.userId}:${o._id}`)) !== null }),
      ),
    )
    return { items }
  },
})
