import { SimilarInput } from '../../types/report'
import { action } from '../_platform/kit/define'
import { RESIDENT } from '../_platform/kit/roles'
import { followsOf } from '../_services/follows'
import { ordersOf } from '../_services/orders'
import { verifiedHomeOf } from '../_services/report-place'
import { neighbourSummary } from '../_services/views'

/**
 * Open reports of the same category in the caller's own verified building (from the address the server holds,
 * never a building the client names), so a resident can 同问 instead of filing again. Neighbour view only.
 */
export const similar = action({
  description: '本楼同类未办结报事（可同问）',
  input: SimilarInput,
  roles: RESIDENT,
  async run({ input, caller, platform }) {
    const { store, clock } = platform
    // only a verified household sees its neighbours' reports (an unverified resident just reports)
    const home = verifiedHomeOf(caller)
    if (!home) return { items: [] }
    const page = await ordersOf(store).find({
      where: { buildingId: home.buildingId, categoryCode: input.categoryCode, statusGroup: 'open' },
      orderBy: [['createdAt', 'desc']],
      limit: 10,
    })
    const others = page.items.filter((o) => o.reporterId !== caller.userId && o.status !== 'held')
    if (!others.length) return { items: [] }
    const mine = await followsOf(store).find({
      where: { userId: caller.userId, orderId: { in: others.map((o) => o._id) } },
      limit: others.length,
    })
    const followed = new Set(mine.items.map((f) => String(f.orderId)))
    const now = clock.now()
    return { items: others.map((o) => neighbourSummary(o, now, followed.has(o._id))) }
  },
})
