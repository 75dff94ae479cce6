/**
 * 民生集市 booking through the host (issue 9): the demo markets, the booking window, idempotency,
 * the household limit, 代约, late cancels, the no-show freeze, offers passing on by the sweep, the
 * organiser's cancellation, capacity edits, check-in, and what one resident must never see or do
 * to another's booking. Time moves through an injected clock.
 */
import { createManualClock } from '../../cloudfunctions/_platform/runtime/clock'
import {
  book,
  householdMember,
  marketInput,
  publishedMarket,
  type TestResident,
  verifiedResidents,
} from '../support/market'
import { newRequestId } from '../support/report-helpers'
import { startTestHost, type TestHost } from '../support/test-host'

const cst = (local: string) => new Date(`${local}+08:00`)
const START = cst('2026-12-01T10:00:00')

let host: TestHost
const clock = createManualClock(START)
let people: TestResident[]
let admin: string

beforeAll(async () => {
  host = await startTestHost({ clock })
  people = await verifiedResidents(host, 40)
  admin = await host.login('community-admin')
}, 180_000)
afterAll(async () => host.close())
beforeEach(() => clock.set(START))

const sweep = async () => {
  const { body } = await host.invokeAsTimer('market', { Type: 'Timer', TriggerName: 'sweep' })
  if (!body.ok) throw new Error(body.error.message)
  return body.data as {
    expiredOffers: number
    noShows: number
    reminders: number
    finishedMarkets: number
    closedWaits: number
  }
}
const outboxOf = async (userId: string) =>
  (await host.platform.store.collection('outbox').find({ where: { toUserId: userId }, limit: 100 })).items
let next = 0
const person = () => people[next++]
/** A fresh market (one stall by default) and its first slot. */
async function freshSlot(over: Parameters<typeof marketInput>[1] = {}) {
  const m = await publishedMarket(host, marketInput('2026-12-05', { stallNames: ['义剪'], slotsPerStall: 2, ...over }))
  return { market: m, slot: m.stalls[0].slots[0], second: m.stalls[0].slots[1] }
}
const data = (r: { body: any }) => {
  if (!r.body.ok) throw new Error(`${r.body.error.code}: ${r.body.error.message}`)
  return r.body.data
}

describe('the demo markets', () => {
  test('each community has a market this coming Saturday 09:00–11:30 with five stalls of 30-minute slots, 4 of 6 seats bookable', async () => {
    const token = await host.login('resident-a')
    const list = await host.ok('market', 'list', {}, token)
    const coming = list.items.find((m: any) => m.date === '2026-12-05')
    expect(coming).toMatchObject({ opensAt: '2026-12-05T01:00:00.000Z', closesAt: '2026-12-05T03:30:00.000Z' })
    expect(coming.stallNames).toEqual(['义剪', '义诊', '磨刀', '家电维修', '法律咨询'])
    const detail = await host.ok('market', 'detail', { id: coming.id }, token)
    for (const stall of detail.stalls) {
      expect(stall.slots).toHaveLength(5)
      for (const s of stall.slots) expect(s).toMatchObject({ capacity: 6, bookable: 4 })
    }
    // the other community's market is not in this resident's list
    expect(list.items.every((m: any) => m.title.startsWith('北苑'))).toBe(true)
  })

  test('the past market has attendance for the statistics', async () => {
    const stats = await host.ok('market', 'stats', { id: 'mk-demo-beiyuan-past' }, admin)
    expect(stats.counts.checkedIn).toBeGreaterThan(0)
    expect(stats.counts.noShows).toBeGreaterThan(0)
    expect(stats.fillRate).toBeGreaterThan(0)
    expect(stats.stalls).toHaveLength(5)
  })
})

describe('booking', () => {
  test('one tap books; the same request again gives the same booking and takes no second seat', async () => {
    const { slot } = await freshSlot()
    const r = person()
    const requestId = newRequestId()
    const first = data(await book(host, r, slot.id, requestId))
    expect(first).toMatchObject({ status: 'confirmed' })
    expect(first.checkinCode).toMatch(/^bk[0-9a-f]{20}\.[\w-]{8,}$/)
    const again = data(await book(host, r, slot.id, requestId))
    expect(again).toEqual(first)
    const stored = await host.platform.store.collection('market_slots').get(slot.id)
    expect(stored?.booked).toBe(1)
    // a second request for the same slot is told so
    const twice = await book(host, r, slot.id)
    expect(twice.body).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '您已预约该时段' } })
    // the confirmation is in the resident's message box
    expect((await outboxOf(r.id)).map((m) => m.template)).toContain('market.confirmed')
  })

  test('the booking window: not before it opens, not after it closes', async () => {
    const { slot } = await freshSlot({
      bookingOpensAt: '2026-12-02T08:00:00+08:00',
      bookingClosesAt: '2026-12-04T20:00:00+08:00',
    })
    const r = person()
    const early = await book(host, r, slot.id)
    expect(early.body).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '预约尚未开始' } })
    clock.set(cst('2026-12-04T20:00:00'))
    const late = await book(host, r, slot.id)
    expect(late.body).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '预约已截止' } })
    clock.set(cst('2026-12-03T09:00:00'))
    expect(data(await book(host, r, slot.id)).status).toBe('confirmed')
  })

  test('the household limit: one slot per stall per household, across two accounts of one flat', async () => {
    const { slot, second } = await freshSlot()
    const r = person()
    const member = await householdMember(host, r)
    expect(data(await book(host, r, slot.id)).status).toBe('confirmed')
    const refused = await book(host, member, second.id)
    expect(refused.body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(!refused.body.ok && refused.body.error.message).toMatch(/每户在“义剪”限约1个时段/)
    expect((await host.platform.store.collection('market_slots').get(second.id))?.booked).toBe(0)
  })

  test('a household limit of 2 allows two slots, not three', async () => {
    const m = await publishedMarket(
      host,
      marketInput('2026-12-05', {
        stallNames: ['义诊'],
        slotsPerStall: 3,
      }),
    )
    // raise the limit through an edit
    const input = marketInput('2026-12-05', { stallNames: ['义诊'], slotsPerStall: 3 })
    input.stalls[0] = { ...input.stalls[0], id: m.stalls[0].id, perHouseholdLimit: 2 }
    input.stalls[0].slots = input.stalls[0].slots.map((s, i) => ({ ...s, id: m.stalls[0].slots[i].id }))
    await host.ok('market', 'save', { ...input, id: m.id }, admin)
    const r = person()
    const member = await householdMember(host, r)
    const [a, b, c] = m.stalls[0].slots
    expect(data(await book(host, r, a.id)).status).toBe('confirmed')
    expect(data(await book(host, member, b.id)).status).toBe('confirmed')
    const third = await book(host, r, c.id)
    expect(third.body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect((await host.platform.store.collection('market_slots').get(c.id))?.booked).toBe(0)
  })

  test('代约: a grid worker books for a resident of their grid, and the booking records who made it', async () => {
    const { slot } = await freshSlot()
    const elder = person()
    const worker = await host.login('grid-worker')
    const made = data(
      await host.call('market', 'book', { requestId: newRequestId(), slotId: slot.id, forUserId: elder.id }, worker),
    )
    expect(made.status).toBe('confirmed')
    const stored = await host.platform.store.collection('market_bookings').get(made.id)
    expect(stored).toMatchObject({ residentId: elder.id, proxyStaffId: 'u-grid-worker' })
    const mine = await host.ok('market', 'mine', {}, elder.token)
    expect(mine.items.find((i: any) => i.id === made.id)).toMatchObject({
      status: 'confirmed',
      proxyStaffName: expect.any(String),
    })
    // not for a resident of another grid (南湖), who is as good as unknown
    const nanhu = (await verifiedResidents(host, 1, 'cm-nanhu'))[0]
    const other = await host.call(
      'market',
      'book',
      { requestId: newRequestId(), slotId: slot.id, forUserId: nanhu.id },
      worker,
    )
    expect(other.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    // a resident cannot book for someone else
    const sneaky = await host.call(
      'market',
      'book',
      { requestId: newRequestId(), slotId: slot.id, forUserId: elder.id },
      person().token,
    )
    expect(sneaky.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})

describe('cancelling and the waiting list', () => {
  test('a late cancel (within 2 hours) is recorded; after the start it is refused', async () => {
    const { slot } = await freshSlot()
    const r = person()
    const b = data(await book(host, r, slot.id))
    clock.set(cst('2026-12-05T07:30:00'))
    const c = await host.ok('market', 'cancel', { id: b.id }, r.token)
    expect(c).toEqual({ id: b.id, status: 'cancelled', late: true })
    const r2 = person()
    const b2 = data(await book(host, r2, slot.id))
    clock.set(cst('2026-12-05T09:00:00'))
    const refused = await host.call('market', 'cancel', { id: b2.id }, r2.token)
    expect(refused.body).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '该时段已开始，不能再取消' } })
  })

  test('full → waitlisted with a position; a cancel offers the seat at once; accept confirms it', async () => {
    const { slot } = await freshSlot({ capacity: 3 }) // 2 bookable
    const [a, b, c, d] = [person(), person(), person(), person()]
    const ba = data(await book(host, a, slot.id))
    data(await book(host, b, slot.id))
    expect(data(await book(host, c, slot.id))).toMatchObject({ status: 'waitlisted', position: 1 })
    expect(data(await book(host, d, slot.id))).toMatchObject({ status: 'waitlisted', position: 2 })
    const detail = await host.ok(
      'market',
      'detail',
      { id: (await host.platform.store.collection('market_slots').get(slot.id))!.marketId },
      a.token,
    )
    expect(detail.stalls[0].slots[0]).toMatchObject({ booked: 2, available: 0, waitlist: 2 })

    await host.ok('market', 'cancel', { id: ba.id }, a.token)
    const cMine = await host.ok('market', 'mine', {}, c.token)
    const offer = cMine.items.find((i: any) => i.slotId === slot.id)
    expect(offer).toMatchObject({ status: 'offered', offerExpiresAt: '2026-12-01T02:30:00.000Z' })
    expect(offer.checkinCode).toBeUndefined()
    expect((await outboxOf(c.id)).map((m) => m.template)).toContain('market.offer')
    // the seat is held: nobody else can take it in between
    const grab = data(await book(host, person(), slot.id))
    expect(grab.status).toBe('waitlisted')
    // d moved up to first
    expect((await host.ok('market', 'mine', {}, d.token)).items[0]).toMatchObject({ status: 'waitlisted', position: 1 })

    const accepted = await host.ok('market', 'acceptOffer', { id: offer.id }, c.token)
    expect(accepted).toMatchObject({ status: 'confirmed', checkinCode: expect.any(String) })
    expect((await host.platform.store.collection('market_slots').get(slot.id))?.booked).toBe(2)
  })

  test('an offer not accepted in time passes to the next by the sweep; the last one frees the seat', async () => {
    const { slot } = await freshSlot({ capacity: 2 }) // 1 bookable
    const [a, b, c] = [person(), person(), person()]
    const ba = data(await book(host, a, slot.id))
    data(await book(host, b, slot.id))
    data(await book(host, c, slot.id))
    await host.ok('market', 'cancel', { id: ba.id }, a.token)
    const bOffer = (await host.ok('market', 'mine', {}, b.token)).items[0]
    expect(bOffer.status).toBe('offered')

    clock.set(cst('2026-12-01T10:29:00'))
    expect((await sweep()).expiredOffers).toBe(0)
    clock.set(cst('2026-12-01T10:31:00'))
    expect((await sweep()).expiredOffers).toBe(1)
    expect((await host.ok('market', 'mine', {}, b.token)).items[0]).toMatchObject({ status: 'cancelled' })
    const late = await host.call('market', 'acceptOffer', { id: bOffer.id }, b.token)
    expect(late.body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    const cOffer = (await host.ok('market', 'mine', {}, c.token)).items[0]
    expect(cOffer).toMatchObject({ status: 'offered', offerExpiresAt: '2026-12-01T03:01:00.000Z' })

    clock.set(cst('2026-12-01T11:02:00'))
    expect((await sweep()).expiredOffers).toBe(1)
    const stored = await host.platform.store.collection('market_slots').get(slot.id)
    expect(stored?.booked).toBe(0)
    // a place still waiting when the slot begins expires
    const d = person()
    data(await book(host, d, slot.id)) // the seat is free: confirmed
    const e = person()
    const w = data(await book(host, e, slot.id))
    expect(w.status).toBe('waitlisted')
    clock.set(cst('2026-12-05T09:00:00'))
    expect((await sweep()).closedWaits).toBeGreaterThanOrEqual(1)
    expect(await host.platform.store.collection('market_waits').get(w.id)).toMatchObject({ status: 'expired' })
    expect((await host.ok('market', 'mine', {}, e.token)).items).toEqual([])
  })

  test('a market whose hours are over is finished by the sweep', async () => {
    const { market } = await freshSlot()
    clock.set(cst('2026-12-05T11:29:00'))
    await sweep()
    expect((await host.platform.store.collection('markets').get(market.id))?.status).toBe('published')
    clock.set(cst('2026-12-05T11:31:00'))
    expect((await sweep()).finishedMarkets).toBeGreaterThanOrEqual(1)
    expect((await host.platform.store.collection('markets').get(market.id))?.status).toBe('finished')
  })

  test('no-shows: marked when the slot ends; the third in 90 days freezes online booking for 14 days; the community lifts it', async () => {
    const r = person()
    for (const day of ['2026-12-05', '2026-12-12', '2026-12-19']) {
      clock.set(START)
      const m = await publishedMarket(host, marketInput(day, { stallNames: ['磨刀'], slotsPerStall: 1 }))
      data(await book(host, r, m.stalls[0].slots[0].id))
      clock.set(cst(`${day}T09:31:00`))
      expect((await sweep()).noShows).toBeGreaterThanOrEqual(1)
    }
    const stored = await host.platform.store.collection('users').get(r.id)
    expect(stored?.marketFrozenUntil).toBe('2027-01-02T01:30:00.000Z')
    clock.set(cst('2026-12-20T09:00:00'))
    const m = await publishedMarket(host, marketInput('2026-12-26', { stallNames: ['磨刀'], slotsPerStall: 1 }))
    const frozen = await book(host, r, m.stalls[0].slots[0].id)
    expect(frozen.body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(!frozen.body.ok && frozen.body.error.message).toMatch(/暂停14天/)
    expect((await host.ok('market', 'mine', {}, r.token)).frozenUntil).toBe('2027-01-02T01:30:00.000Z')
    await host.ok('market', 'standing', { userId: r.id, liftFreeze: true }, admin)
    expect(data(await book(host, r, m.stalls[0].slots[0].id)).status).toBe('confirmed')
  })

  test('the reminder goes 2 hours before the slot, once', async () => {
    const { slot } = await freshSlot()
    const r = person()
    data(await book(host, r, slot.id))
    clock.set(cst('2026-12-05T06:59:00'))
    await sweep()
    expect((await outboxOf(r.id)).map((m) => m.template)).not.toContain('market.reminder')
    clock.set(cst('2026-12-05T07:00:00'))
    await sweep()
    await sweep()
    const reminders = (await outboxOf(r.id)).filter((m) => m.template === 'market.reminder')
    expect(reminders).toHaveLength(1)
    expect([...String(reminders[0].title)].length).toBeLessThanOrEqual(20)
  })
})

describe('the organiser', () => {
  test('cancelling a market cancels every booking and waiting place with the reason, and tells everyone', async () => {
    const { market, slot } = await freshSlot({ capacity: 2 })
    const [a, b] = [person(), person()]
    const ba = data(await book(host, a, slot.id))
    const wb = data(await book(host, b, slot.id))
    const res = await host.ok('market', 'cancelMarket', { id: market.id, reason: '大风天气，改期举行' }, admin)
    expect(res).toMatchObject({ status: 'cancelled', cancelledBookings: 1, cancelledWaits: 1, notified: 2 })
    expect(await host.platform.store.collection('market_bookings').get(ba.id)).toMatchObject({
      status: 'cancelled_by_organizer',
      cancelReason: '大风天气，改期举行',
    })
    expect(await host.platform.store.collection('market_waits').get(wb.id)).toMatchObject({ status: 'cancelled' })
    for (const r of [a, b]) expect((await outboxOf(r.id)).map((m) => m.template)).toContain('market.cancelled')
    const after = await book(host, person(), slot.id)
    expect(after.body).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '该集市已取消' } })
    // a scan of the cancelled booking says so
    const staff = await host.login('grid-worker')
    expect(await host.ok('market', 'checkin', { code: ba.checkinCode }, staff)).toMatchObject({ result: 'cancelled' })
  })

  test('capacity cannot be edited below the seats already booked', async () => {
    const { market, slot } = await freshSlot({ capacity: 6 }) // 4 bookable
    for (let i = 0; i < 3; i++) data(await book(host, person(), slot.id))
    const input = marketInput('2026-12-05', { stallNames: ['义剪'], slotsPerStall: 2 })
    const edit = (capacity: number) => ({
      ...input,
      id: market.id,
      stalls: [
        {
          ...input.stalls[0],
          id: market.stalls[0].id,
          slots: input.stalls[0].slots.map((s, i) => ({
            ...s,
            id: market.stalls[0].slots[i].id,
            capacity: i === 0 ? capacity : s.capacity,
          })),
        },
      ],
    })
    const refused = await host.call('market', 'save', edit(4), admin) // 4 − 2 walk-in = 2 < 3 booked
    expect(refused.body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(!refused.body.ok && refused.body.error.message).toMatch(/已有 3 人预约/)
    expect(await host.ok('market', 'save', edit(5), admin)).toMatchObject({ id: market.id }) // 5 − 2 = 3
    expect(await host.platform.store.collection('market_slots').get(slot.id)).toMatchObject({
      capacity: 5,
      bookable: 3,
      booked: 3,
    })
    // removing a slot with bookings is refused too
    const removed = await host.call(
      'market',
      'save',
      { ...edit(5), stalls: [{ ...edit(5).stalls[0], slots: edit(5).stalls[0].slots.slice(1) }] },
      admin,
    )
    expect(removed.body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  test('a provider applies for a stall; approved, it becomes a stall with its slots that residents can book', async () => {
    const { market } = await freshSlot()
    const provider = await host.login('property-staff')
    const applied = await host.ok(
      'market',
      'applyStall',
      {
        requestId: newRequestId(),
        marketId: market.id,
        name: '修伞',
        category: '便民维修',
        provider: '博泰物业志愿队',
      },
      provider,
    )
    expect(applied.status).toBe('applied')
    const slotAt = { startsAt: '2026-12-05T10:00:00+08:00', endsAt: '2026-12-05T10:30:00+08:00', capacity: 3 }
    const refused = await host.call(
      'market',
      'reviewStall',
      { id: applied.id, decision: 'approve', slots: [slotAt] },
      person().token,
    )
    expect(refused.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const approved = await host.ok(
      'market',
      'reviewStall',
      { id: applied.id, decision: 'approve', slots: [slotAt] },
      admin,
    )
    expect(approved).toMatchObject({ status: 'approved', stallId: expect.any(String) })
    const detail = await host.ok('market', 'detail', { id: market.id }, admin)
    const stall = detail.stalls.find((st: any) => st.name === '修伞')
    expect(stall).toMatchObject({ provider: '博泰物业志愿队', slots: [{ capacity: 3, bookable: 2 }] })
    expect(data(await book(host, person(), stall.slots[0].id)).status).toBe('confirmed')
    // the review again answers the same, and adds no second stall
    await host.ok('market', 'reviewStall', { id: applied.id, decision: 'approve', slots: [slotAt] }, admin)
    const again = await host.ok('market', 'detail', { id: market.id }, admin)
    expect(again.stalls.filter((st: any) => st.name === '修伞')).toHaveLength(1)
  })

  test('a walk-in retried with its requestId is recorded once', async () => {
    const { slot } = await freshSlot()
    const staff = await host.login('grid-worker')
    const requestId = newRequestId()
    const first = await host.ok('market', 'walkIn', { requestId, slotId: slot.id }, staff)
    const again = await host.ok('market', 'walkIn', { requestId, slotId: slot.id }, staff)
    expect(again).toEqual(first)
    expect((await host.platform.store.collection('market_slots').get(slot.id))?.walkIns).toBe(1)
  })

  test('a draft is seen by those who manage it, not by grid workers or residents', async () => {
    const draft = await host.ok('market', 'save', marketInput('2026-12-05', { title: '草稿集市' }), admin)
    const ids = async (token: string) => (await host.ok('market', 'list', {}, token)).items.map((m: any) => m.id)
    expect(await ids(admin)).toContain(draft.id)
    expect(await ids(await host.login('grid-worker'))).not.toContain(draft.id)
    expect(await ids(person().token)).not.toContain(draft.id)
    const seen = await host.call('market', 'detail', { id: draft.id }, person().token)
    expect(seen.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  test('another community’s admin cannot see, edit or cancel the market', async () => {
    const { market } = await freshSlot()
    const other = await host.platform.identity.issueToken!('u-ca-nanhu')
    for (const [action, input] of [
      ['detail', { id: market.id }],
      ['stats', { id: market.id }],
      ['cancelMarket', { id: market.id, reason: '不是我的集市' }],
    ] as const) {
      const res = await host.call('market', action, input, other)
      expect(res.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    }
    const resident = (await verifiedResidents(host, 1, 'cm-nanhu'))[0]
    const seen = await host.call('market', 'detail', { id: market.id }, resident.token)
    expect(seen.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})

describe('check-in', () => {
  test('ok, then already_redeemed; the same nonce again is ok once; another stall is wrong_stall; a made-up code is invalid', async () => {
    const { market, slot } = await freshSlot({ stallNames: ['义剪', '义诊'] })
    const r = person()
    const b = data(await book(host, r, slot.id))
    const staff = await host.login('grid-worker')
    clock.set(cst('2026-12-05T08:40:00'))
    const early = await host.ok('market', 'checkin', { code: b.checkinCode }, staff)
    expect(early).toMatchObject({ result: 'invalid_time' })
    clock.set(cst('2026-12-05T09:05:00'))
    const wrong = await host.ok('market', 'checkin', { code: b.checkinCode, stallId: market.stalls[1].id }, staff)
    expect(wrong.result).toBe('wrong_stall')
    const ok = await host.ok('market', 'checkin', { code: b.checkinCode, nonce: 'scan-1' }, staff)
    expect(ok).toMatchObject({ result: 'ok', stallName: '义剪' })
    expect(ok.name).toMatch(/^.\*+.?$/)
    expect(ok.name).not.toBe(r.name)
    expect(await host.ok('market', 'checkin', { code: b.checkinCode, nonce: 'scan-1' }, staff)).toMatchObject({
      result: 'ok',
    })
    expect(await host.ok('market', 'checkin', { code: b.checkinCode, nonce: 'scan-2' }, staff)).toMatchObject({
      result: 'already_redeemed',
    })
    const forged = `${b.checkinCode.split('.')[0]}.AAAAAAAAAAAAAAAA`
    expect(await host.ok('market', 'checkin', { code: forged }, staff)).toEqual({ result: 'invalid' })
    expect(await host.ok('market', 'checkin', { code: 'hello' }, staff)).toEqual({ result: 'invalid' })

    const walk = await host.ok('market', 'walkIn', { requestId: newRequestId(), slotId: slot.id }, staff)
    expect(walk.walkIns).toBe(1)
    const list = await host.ok('market', 'attendance', { marketId: market.id }, staff)
    expect(list.totals).toMatchObject({ checkedIn: 1, walkIns: 1 })
    expect(JSON.stringify(list)).not.toContain(r.name)
    // a resident cannot scan
    const byResident = await host.call('market', 'checkin', { code: b.checkinCode }, person().token)
    expect(byResident.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})

describe('privacy and bad input', () => {
  test('another resident cannot cancel, accept or see someone’s booking', async () => {
    const { slot } = await freshSlot()
    const [owner, other] = [person(), person()]
    const b = data(await book(host, owner, slot.id))
    for (const action of ['cancel', 'acceptOffer']) {
      const res = await host.call('market', action, { id: b.id }, other.token)
      expect(res.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    }
    const theirs = await host.ok('market', 'mine', {}, other.token)
    const text = JSON.stringify(theirs)
    expect(text).not.toContain(b.id)
    expect(text).not.toContain(b.checkinCode)
    // the market detail shows counts, never people
    const detail = await host.ok(
      'market',
      'detail',
      { id: (await host.platform.store.collection('market_slots').get(slot.id))!.marketId },
      other.token,
    )
    const shown = JSON.stringify(detail)
    expect(shown).not.toContain(owner.id)
    expect(shown).not.toContain(owner.name)
    expect(shown).not.toContain('bk')
    expect((await host.platform.store.collection('market_bookings').get(b.id))?.status).toBe('confirmed')
  })

  test.each([
    ['book', { slotId: 'x' }, /requestId/],
    ['book', { requestId: 'short', slotId: 'x' }, /requestId 至少8位/],
    ['detail', {}, /填写的内容有误/],
    ['checkin', { code: '' }, /请扫码或粘贴预约码/],
  ])('%s with %j is a clear INVALID_INPUT', async (action, input, message) => {
    const token = action === 'checkin' ? await host.login('grid-worker') : person().token
    const res = await host.call('market', action, input, token)
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(!res.body.ok && res.body.error.message).toMatch(message)
  })

  test('save: times out of order and a slot outside the hours are refused in Chinese', async () => {
    const base = marketInput('2026-12-05')
    const swapped = await host.call(
      'market',
      'save',
      { ...base, opensAt: base.closesAt, closesAt: base.opensAt },
      admin,
    )
    expect(swapped.body).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '集市结束时间应晚于开始时间' },
    })
    const outside = marketInput('2026-12-05')
    outside.stalls[0].slots[0] = { ...outside.stalls[0].slots[0], startsAt: '2026-12-05T07:00:00+08:00' }
    const res = await host.call('market', 'save', outside, admin)
    expect(res.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(!res.body.ok && res.body.error.message).toMatch(/超出集市开放时间/)
    const badTime = await host.call('market', 'save', { ...base, opensAt: '下周六上午' }, admin)
    expect(badTime.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  test('a resident cannot manage markets; an unverified resident cannot book', async () => {
    const r = person()
    const res = await host.call('market', 'save', marketInput('2026-12-05'), r.token)
    expect(res.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const { slot } = await freshSlot()
    await host.platform.store.collection('users').patch(r.id, { householdVerified: false })
    const refused = await book(host, r, slot.id)
    expect(refused.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})

test('every market save is in the street’s audit trail: who, role, before and after; a stale save writes none', async () => {
  const input = marketInput('2026-12-12', { title: '审计测试集市', stallNames: ['义剪'], slotsPerStall: 2 })
  const created = await host.ok('market', 'save', input, admin)
  const edited = await host.ok(
    'market',
    'save',
    { ...input, id: created.id, version: created.version, title: '审计测试集市（改期通知）' },
    admin,
  )
  const stale = await host.call('market', 'save', { ...input, id: created.id, version: created.version }, admin)
  expect(stale.status).toBe(409)
  const street = await host.login('street-admin')
  const trail = await host.ok('admin', 'audit', { action: 'market.save' }, street)
  const rows = trail.items.filter((r: { target: string }) => r.target === `markets/${created.id}`)
  expect(rows).toHaveLength(2)
  // two saves in the same minute of the test clock: tell them apart by what they say, not by order
  const first = rows.find((r: { before: unknown }) => r.before === null)
  const second = rows.find((r: { before: unknown }) => r.before !== null)
  expect(first).toMatchObject({
    actorId: 'u-community-admin',
    role: 'community_admin',
    before: null,
    after: expect.objectContaining({ title: '审计测试集市', slots: 2 }),
  })
  expect(second).toMatchObject({
    before: expect.objectContaining({ title: '审计测试集市' }),
    after: expect.objectContaining({ title: '审计测试集市（改期通知）' }),
  })
  expect(edited.version).toBeGreaterThan(created.version)
})
