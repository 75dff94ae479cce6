import { SimilarInput, type SimilarOutput } from '../../types/report'
import { action } from '../_platform/kit/define'
import { RESIDENT } from '../_platform/kit/roles'
import { followsOf } from '../_services/follows'
import { ordersOf } from '../_services/orders'
import { verifiedHomeOf } from '../_services/report-place'
import { neighbourSummary, toSummary } from '../_services/views'

/**
 * Open reports of the same category in the caller's own building (from the address the server holds,
 * never a building the client names): `own` are the caller's own (您已报过 — add a note instead of a
 * duplicate); `items` are neighbours', neighbour view only, for a verified household to 同问.
 * Two store reads at most: the open orders of the building, then the caller's follows among them.
 */
export const similar = action({
  description: '本楼同类未办结报事（自己的可补充说明，邻居的可同问）',
  input: SimilarInput,
  roles: RESIDENT,
  async run({ input, caller, platform }): Promise<SimilarOutput> {
    const { store, clock } = platform
    const home = caller.address
    if (!home) return { items: [], own: [] }
    const page = await ordersOf(store).find({
      where: { buildingId: home.buildingId, categoryCode: input.categoryCode, statusGroup: 'open' },
      orderBy: [['createdAt', 'desc']],
      limit: 10,
    })
    const now = clock.now()
    const own = page.items
      .filter((o) => o.reporterId === caller.userId && o.source === 'resident')
      .map((o) => toSummary(o, now, { resident: true }))
    // only a verified household sees its neighbours' reports (an unverified resident just reports)
    const others = verifiedHomeOf(caller)
      ? page.items.filter((o) => o.reporterId !== caller.userId && o.status !== 'held')
      : []
    if (!others.length) return { items: [], own }
    const mine = await followsOf(store).find({
      where: { userId: caller.userId, orderId: { in: others.map((o) => o._id) } },
      limit: others.length,
    })
    const followed = new Set(mine.items.map((f) => String(f.orderId)))
    return { items: others.map((o) => neighbourSummary(o, now, followed.has(o._id))), own }
  },
})
