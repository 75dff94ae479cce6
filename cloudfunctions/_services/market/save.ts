/**
 * 集市编辑: create a market with its stalls and slots, or edit one (version-guarded). A slot's
 * bookable seats are its capacity minus the walk-in share; an edit may not leave fewer bookable
 * seats than are booked, nor remove a slot with bookings, nor change a household limit once a stall
 * has bookings (the booking ids depend on it). Every write copies the market's facts onto its slots.
 */
import { createHash } from 'node:crypto'
import { chinaParts } from '../../../types/china-time'
import type { Caller } from '../../../types/identity'
import type { SaveInputParsed } from '../../../types/market'
import { bookableOf } from '../../_core/market'
import { conflict, invalidInput, notFound } from '../../_platform/kit/errors'
import type { Platform } from '../../_platform/ports'
import { isStoreConflict, type Store, StoreConflictError, type Tx } from '../../_platform/store/port'
import { insertAuditRow } from '../admin-edits'
import { jurisdictionOf, mayManage } from './access'
import {
  C,
  type MarketDoc,
  type MarketFields,
  markets,
  type SlotDoc,
  type SlotFields,
  type StallFields,
  slots,
} from './docs'

const hash = (...p: string[]) => createHash('sha256').update(p.join('\n')).digest('hex').slice(0, 16)
const pad = (n: number) => String(n).padStart(2, '0')

function checkTimes(input: SaveInputParsed): void {
  if (input.opensAt >= input.closesAt) throw invalidInput('集市结束时间应晚于开始时间')
  if (input.bookingOpensAt >= input.bookingClosesAt) throw invalidInput('预约截止时间应晚于预约开始时间')
  if (input.bookingClosesAt > input.closesAt) throw invalidInput('预约截止时间不能晚于集市结束时间')
  const p = chinaParts(input.opensAt)!
  if (`${p.year}-${pad(p.month)}-${pad(p.day)}` !== input.date)
    throw invalidInput('集市日期与开始时间（北京时间）不一致')
  const names = new Set<string>()
  for (const st of input.stalls) {
    if (names.has(st.name)) throw invalidInput(`摊位“${st.name}”重复`)
    names.add(st.name)
    for (const s of st.slots) {
      if (s.startsAt >= s.endsAt) throw invalidInput(`“${st.name}”有时段的结束时间早于开始时间`)
      if (s.startsAt < input.opensAt || s.endsAt > input.closesAt) {
        throw invalidInput(`“${st.name}”有时段超出集市开放时间`)
      }
    }
  }
}

export async function saveMarket(platform: Platform, caller: Caller, input: SaveInputParsed & { requestId?: string }) {
  const { store } = platform
  checkTimes(input)
  for (let attempt = 1; ; attempt++) {
    try {
      return await saveOnce(platform, caller, input)
    } catch (error) {
      // a booking landed on a slot meanwhile: read again and re-check the capacities
      if (!isStoreConflict(error) || input.id === undefined || attempt >= 4) throw error
      const m = await markets(store).get(input.id)
      if (m && input.version !== undefined && m._v !== input.version) throw conflict('集市已被他人修改，请刷新后再改')
    }
  }
}

async function saveOnce(platform: Platform, caller: Caller, input: SaveInputParsed & { requestId?: string }) {
  const { store } = platform
  const now = platform.clock.now().toISOString()
  const existing = input.id ? await markets(store).get(input.id) : null
  if (input.id && (!existing || !mayManage(caller, existing))) throw notFound('没有找到这个集市')
  if (existing && input.version !== undefined && existing._v !== input.version) {
    throw conflict('集市已被他人修改，请刷新后再改')
  }
  if (existing && existing.status === 'cancelled') throw conflict('已取消的集市不能再修改')
  const at = existing
    ? { streetId: existing.streetId, communityId: existing.communityId, jurisdictionId: existing.jurisdictionId }
    : await jurisdictionOf(store, caller, input.jurisdictionId)
  const id = existing?._id ?? `mk${hash(caller.userId, input.requestId ?? `${now}:${Math.random()}`)}`
  if (!existing && input.requestId) {
    const again = await markets(store).get(id)
    if (again) return { id, version: again._v }
  }
  const oldSlots = existing
    ? (await slots(store).find({ where: { marketId: id }, orderBy: [['startsAt', 'asc']], limit: 1000 })).items
    : []
  const stalls: StallFields[] = input.stalls.map((st, i) => ({
    id: st.id ?? `${id}-s${hash(st.name, String(i))}`,
    name: st.name,
    category: st.category,
    provider: st.provider ?? '',
    perHouseholdLimit: st.perHouseholdLimit ?? 1,
  }))
  const market: MarketFields = {
    _id: id,
    ...at,
    title: input.title,
    venue: input.venue,
    date: input.date,
    opensAt: input.opensAt,
    closesAt: input.closesAt,
    bookingOpensAt: input.bookingOpensAt,
    bookingClosesAt: input.bookingClosesAt,
    walkInShare: input.walkInShare,
    offerMinutes: input.offerMinutes ?? existing?.offerMinutes ?? 30,
    status: existing?.status ?? 'draft',
    stalls,
    cancelReason: null,
    createdBy: existing?.createdBy ?? caller.userId,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  }
  const wanted = new Map<string, Omit<SlotFields, 'booked' | 'walkIns'>>()
  input.stalls.forEach((st, i) => {
    const stall = stalls[i]
    for (const s of st.slots) {
      const slotId = s.id ?? `sl${hash(id, stall.id, s.startsAt, s.endsAt)}`
      if (wanted.has(slotId)) throw invalidInput(`“${st.name}”有重复的时段`)
      wanted.set(slotId, {
        _id: slotId,
        ...slotFacts(market, stall),
        ...s,
        bookable: bookableOf(s.capacity, input.walkInShare),
      })
    }
  })
  const oldById = new Map(oldSlots.map((s) => [s._id, s]))
  for (const old of oldSlots) {
    const next = wanted.get(old._id)
    if (!next && old.booked > 0) throw conflict(`${old.stallName} 的时段已有 ${old.booked} 人预约，不能删除`)
    if (next && next.bookable < old.booked) {
      throw conflict(
        `${old.stallName} 的时段已有 ${old.booked} 人预约，可预约名额不能少于 ${old.booked}（容量 ${next.capacity}，其中现场名额 ${next.capacity - next.bookable}）`,
      )
    }
    if (next && old.booked > 0 && next.perHouseholdLimit !== old.perHouseholdLimit) {
      throw conflict(`${old.stallName} 已有预约，不能再改每户限约数`)
    }
    if (next && next.stallId !== old.stallId) throw invalidInput('时段不能换到别的摊位')
  }
  const saved = await store.transaction(async (tx: Tx) => {
    const m = existing
      ? await tx.collection<MarketDoc>(C.markets).patch(id, stripId(market), { expectedVersion: existing._v })
      : await tx.collection<MarketDoc>(C.markets).insert(market as never)
    for (const old of oldSlots) {
      if (!wanted.has(old._id)) {
        const current = await tx.collection<SlotDoc>(C.slots).get(old._id)
        if (current && current._v !== old._v) throw new StoreConflictError(`${C.slots}/${old._id} changed`)
        await tx.collection(C.slots).remove(old._id)
      }
    }
    for (const next of wanted.values()) {
      const old = oldById.get(next._id)
      if (old) {
        // version-guarded: a booking since the read makes this a conflict, and the save re-checks
        await tx.collection<SlotDoc>(C.slots).patch(next._id, stripId(next), { expectedVersion: old._v })
      } else {
        await tx.collection<SlotDoc>(C.slots).insert({ ...next, booked: 0, walkIns: 0 } as never)
      }
    }
    // 等保 审计: who changed the market, as it was and as it is now, with the same transaction
    await insertAuditRow(tx, caller, {
      at: now,
      role: caller.scopes.some((s) => s.role === 'street_admin' && s.orgId === at.streetId)
        ? 'street_admin'
        : 'community_admin',
      streetId: at.streetId,
      action: 'market.save',
      target: `${C.markets}/${id}`,
      before: existing ? bodyOf(existing) : null,
      after: { ...stripId(market), slots: wanted.size },
      requestId: input.requestId ?? '',
    })
    return m
  })
  return { id, version: saved._v }
}

/** a stored market as its audit row shows it: no id, no version */
function bodyOf(doc: MarketDoc): Record<string, unknown> {
  const { _id, _v, ...rest } = doc
  return rest
}

function stripId<T extends { _id: string }>(doc: T): Omit<T, '_id'> {
  const { _id, ...rest } = doc
  return rest
}

/** What a slot copies from its market and stall. */
export function slotFacts(m: MarketFields, stall: StallFields) {
  return {
    marketId: m._id,
    stallId: stall.id,
    stallName: stall.name,
    marketStatus: m.status,
    bookingOpensAt: m.bookingOpensAt,
    bookingClosesAt: m.bookingClosesAt,
    perHouseholdLimit: stall.perHouseholdLimit,
    offerMinutes: m.offerMinutes,
    marketTitle: m.title,
    venue: m.venue,
    streetId: m.streetId,
    communityId: m.communityId,
  }
}

export async function loadManagedMarket(store: Store, caller: Caller, id: string): Promise<MarketDoc> {
  const m = await markets(store).get(id)
  if (!m || !mayManage(caller, m)) throw notFound('没有找到这个集市')
  return m
}

/** Sets the market's status and copies it onto every slot, in one transaction. */
export async function setMarketStatus(
  store: Store,
  m: MarketDoc,
  changes: Partial<Pick<MarketDoc, 'status' | 'cancelReason'>>,
  now: string,
): Promise<MarketDoc> {
  const list = (await slots(store).find({ where: { marketId: m._id }, limit: 1000 })).items
  return store.transaction(async (tx) => {
    const saved = await tx
      .collection<MarketDoc>(C.markets)
      .patch(m._id, { ...changes, updatedAt: now }, { expectedVersion: m._v })
    for (const s of list) {
      await tx.collection<SlotDoc>(C.slots).patch(s._id, { marketStatus: saved.status })
    }
    return saved
  })
}

export async function publish(platform: Platform, caller: Caller, id: string) {
  const m = await loadManagedMarket(platform.store, caller, id)
  if (m.status === 'published') return { id, version: m._v, status: m.status }
  if (m.status !== 'draft') throw conflict('只有草稿状态的集市可以发布')
  const saved = await setMarketStatus(platform.store, m, { status: 'published' }, platform.clock.now().toISOString())
  return { id, version: saved._v, status: saved.status }
}
