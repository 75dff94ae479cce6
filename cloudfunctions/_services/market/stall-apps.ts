/**
 * Providers: an org or volunteer applies for a stall in a market (`applyStall`); the community
 * approves it with its slots (it becomes a stall, through the same save as the editor) or rejects it.
 */
import type { Caller } from '../../../types/identity'
import { conflict, notFound } from '../../_platform/kit/errors'
import type { Platform } from '../../_platform/ports'
import { isStoreConflict } from '../../_platform/store/port'
import { C, markets, type StallAppDoc, slots, stallAppIdOf } from './docs'
import { loadManagedMarket, saveMarket } from './save'

export async function applyStall(
  platform: Platform,
  caller: Caller,
  input: { requestId: string; marketId: string; name: string; category: string; provider: string; needs?: string },
) {
  const { store } = platform
  const m = await markets(store).get(input.marketId)
  if (!m || m.status === 'draft' || m.status === 'cancelled') throw notFound('没有找到可申请摊位的集市')
  const id = stallAppIdOf(caller.userId, input.requestId)
  const now = platform.clock.now().toISOString()
  try {
    await store.collection<StallAppDoc>(C.apps).insert({
      _id: id,
      marketId: m._id,
      name: input.name,
      category: input.category,
      provider: input.provider,
      needs: input.needs ?? '',
      applicantId: caller.userId,
      status: 'applied',
      reason: null,
      stallId: null,
      createdAt: now,
      updatedAt: now,
    } as never)
  } catch (error) {
    if (!isStoreConflict(error)) throw error
  }
  return { id, status: 'applied' as const }
}

export async function reviewStall(
  platform: Platform,
  caller: Caller,
  input: {
    id: string
    decision: 'approve' | 'reject'
    reason?: string
    slots?: Array<{ startsAt: string; endsAt: string; capacity: number }>
    perHouseholdLimit?: number
  },
) {
  const { store } = platform
  const app = await store.collection<StallAppDoc>(C.apps).get(input.id)
  if (!app) throw notFound('没有找到这条摊位申请')
  const m = await loadManagedMarket(store, caller, app.marketId)
  if (app.status !== 'applied') return { id: app._id, status: app.status, stallId: app.stallId }
  const now = platform.clock.now().toISOString()
  if (input.decision === 'reject') {
    await store
      .collection<StallAppDoc>(C.apps)
      .patch(app._id, { status: 'rejected', reason: input.reason ?? '', updatedAt: now }, { expectedVersion: app._v })
    return { id: app._id, status: 'rejected' as const, stallId: null }
  }
  if (m.stalls.some((s) => s.name === app.name)) throw conflict(`集市已有名为“${app.name}”的摊位`)
  const current = (await slots(store).find({ where: { marketId: m._id }, limit: 1000 })).items
  const stalls = m.stalls.map((st) => ({
    id: st.id,
    name: st.name,
    category: st.category,
    provider: st.provider,
    perHouseholdLimit: st.perHouseholdLimit,
    slots: current
      .filter((s) => s.stallId === st.id)
      .map((s) => ({ id: s._id, startsAt: s.startsAt, endsAt: s.endsAt, capacity: s.capacity })),
  }))
  stalls.push({
    id: `${m._id}-a${app._id.slice(2, 12)}`,
    name: app.name,
    category: app.category,
    provider: app.provider,
    perHouseholdLimit: input.perHouseholdLimit ?? 1,
    slots: (input.slots ?? []).map((s) => ({ ...s, id: undefined as unknown as string })),
  })
  await saveMarket(platform, caller, {
    id: m._id,
    version: m._v,
    title: m.title,
    venue: m.venue,
    date: m.date,
    opensAt: m.opensAt,
    closesAt: m.closesAt,
    bookingOpensAt: m.bookingOpensAt,
    bookingClosesAt: m.bookingClosesAt,
    walkInShare: m.walkInShare,
    offerMinutes: m.offerMinutes,
    stalls,
  })
  const stallId = stalls[stalls.length - 1].id
  await store
    .collection<StallAppDoc>(C.apps)
    .patch(app._id, { status: 'approved', stallId, updatedAt: now }, { expectedVersion: app._v })
  return { id: app._id, status: 'approved' as const, stallId }
}
