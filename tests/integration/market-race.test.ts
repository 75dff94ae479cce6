/**
 * Capacity is hard (民生集市, issue 9), through the real host on PGlite and, with
 * XIAOBEI_TEST_PG_URL, PostgreSQL:
 * - 1,000 concurrent `book` calls by different residents on a slot with 20 bookable seats give
 *   exactly 20 confirmed and 980 waitlisted, with no duplicate booking, position or seat;
 * - concurrent cancels and books keep the slot's `booked` equal to the count of active bookings,
 *   and every freed seat went to the waiting list (offered) or back to the pool, never twice.
 * The CloudBase adapter's part of this is in tests/contract/market-cloudbase-wire.test.ts.
 */
import { createManualClock } from '../../cloudfunctions/_platform/runtime/clock'
import {
  book,
  freshPostgres,
  marketInput,
  publishedMarket,
  type TestResident,
  verifiedResidents,
} from '../support/market'
import { newRequestId } from '../support/report-helpers'
import { startTestHost, type TestHost } from '../support/test-host'

const PG_URL = process.env.XIAOBEI_TEST_PG_URL
const stores: Array<[string, () => Promise<string>]> = [
  ['PGlite', async () => 'pglite:memory'],
  ...(PG_URL ? [['PostgreSQL', () => freshPostgres(PG_URL)] as [string, () => Promise<string>]] : []),
]
if (!PG_URL) console.log('[integration] market race on PostgreSQL: skipped, XIAOBEI_TEST_PG_URL is not set')

const ACTIVE = ['confirmed', 'offered', 'checked_in']

describe.each(stores)('market capacity under concurrency on %s', (_name, storeUrl) => {
  let host: TestHost
  let residents: TestResident[]
  beforeAll(async () => {
    host = await startTestHost({
      storeUrl: await storeUrl(),
      clock: createManualClock(new Date('2026-12-01T08:00:00+08:00')),
    })
    residents = await verifiedResidents(host, 1000)
  }, 300_000)
  afterAll(async () => host.close())

  async function activeCount(slotId: string) {
    return host.platform.store.collection('market_bookings').count({ slotId, status: { in: ACTIVE } })
  }

  test('1,000 concurrent books on 20 bookable seats: exactly 20 confirmed, 980 waitlisted, no duplicates', async () => {
    // capacity 30 with a third kept for walk-ins: 20 bookable
    const market = await publishedMarket(
      host,
      marketInput('2026-12-05', { capacity: 30, stallNames: ['义剪'], slotsPerStall: 1 }),
    )
    const slot = market.stalls[0].slots[0]
    expect(slot.bookable).toBe(20)

    const replies = await Promise.all(residents.map((r) => book(host, r, slot.id)))
    const failed = replies.filter((r) => !r.body.ok)
    expect(failed.map((r) => r.body)).toEqual([])
    const data = replies.map((r) => (r.body.ok ? r.body.data : null))
    const confirmed = data.filter((d) => d.status === 'confirmed')
    const waitlisted = data.filter((d) => d.status === 'waitlisted')
    expect(confirmed).toHaveLength(20)
    expect(waitlisted).toHaveLength(980)
    // no duplicates: every booking, code and waiting place is its own
    expect(new Set(confirmed.map((d) => d.id)).size).toBe(20)
    expect(new Set(confirmed.map((d) => d.checkinCode)).size).toBe(20)
    expect(new Set(waitlisted.map((d) => d.id)).size).toBe(980)
    expect(new Set(waitlisted.map((d) => d.position)).size).toBe(980)
    expect(Math.min(...waitlisted.map((d) => d.position))).toBe(1)
    expect(Math.max(...waitlisted.map((d) => d.position))).toBe(980)

    const stored = await host.platform.store.collection('market_slots').get(slot.id)
    expect(stored?.booked).toBe(20)
    expect(await activeCount(slot.id)).toBe(20)
    expect(await host.platform.store.collection('market_waits').count({ slotId: slot.id, status: 'waiting' })).toBe(980)
  })

  test('a double tap (one requestId, 20 at once) books once; 20 different taps by one resident book once', async () => {
    const market = await publishedMarket(
      host,
      marketInput('2026-12-05', { capacity: 30, stallNames: ['义诊'], slotsPerStall: 1 }),
    )
    const slot = market.stalls[0].slots[0]
    const [same, other] = [residents[500], residents[501]]
    const requestId = newRequestId()
    const taps = await Promise.all(Array.from({ length: 20 }, () => book(host, same, slot.id, requestId)))
    const answers = taps.map((t) => (t.body.ok ? t.body.data : t.body.error))
    expect(new Set(answers.map((a: any) => a.id)).size).toBe(1)
    expect(answers.every((a: any) => a.status === 'confirmed')).toBe(true)
    const different = await Promise.all(Array.from({ length: 20 }, () => book(host, other, slot.id)))
    expect(different.filter((t) => t.body.ok)).toHaveLength(1)
    expect(different.filter((t) => !t.body.ok).every((t) => !t.body.ok && t.body.error.code === 'CONFLICT')).toBe(true)
    expect((await host.platform.store.collection('market_slots').get(slot.id))?.booked).toBe(2)
    expect(await activeCount(slot.id)).toBe(2)
  })

  test('10 scans at once: the same nonce checks in once and answers ok; other nonces say already_redeemed', async () => {
    const market = await publishedMarket(
      host,
      marketInput('2026-12-01', {
        stallNames: ['法律咨询'],
        slotsPerStall: 1,
        bookingOpensAt: '2026-11-30T08:00:00+08:00',
      }),
    )
    const slot = market.stalls[0].slots[0]
    const b = await book(host, residents[600], slot.id)
    expect(b.body.ok).toBe(true)
    const code = (b.body as any).data.checkinCode
    const staff = await host.login('grid-worker')
    ;(host.platform.clock as ReturnType<typeof createManualClock>).set(new Date('2026-12-01T09:05:00+08:00'))
    try {
      const same = await Promise.all(
        Array.from({ length: 10 }, () => host.ok('market', 'checkin', { code, nonce: 'n-same' }, staff)),
      )
      expect(same.map((r) => r.result)).toEqual(Array(10).fill('ok'))
      const others = await Promise.all(
        Array.from({ length: 10 }, (_, i) => host.ok('market', 'checkin', { code, nonce: `nonce-${i}` }, staff)),
      )
      expect(others.map((r) => r.result)).toEqual(Array(10).fill('already_redeemed'))
      const stored = await host.platform.store.collection('market_bookings').get(String(code).split('.')[0])
      expect(stored).toMatchObject({ status: 'checked_in', checkinNonce: 'n-same' })
    } finally {
      ;(host.platform.clock as ReturnType<typeof createManualClock>).set(new Date('2026-12-01T08:00:00+08:00'))
    }
  })

  test('concurrent cancels and books keep booked equal to the active bookings', async () => {
    const market = await publishedMarket(
      host,
      marketInput('2026-12-05', { capacity: 15, stallNames: ['磨刀'], slotsPerStall: 1 }),
    )
    const slot = market.stalls[0].slots[0]
    expect(slot.bookable).toBe(10)
    const first = residents.slice(0, 10)
    const held = await Promise.all(first.map((r) => book(host, r, slot.id)))
    expect(held.every((h) => h.body.ok && h.body.data.status === 'confirmed')).toBe(true)

    // 5 holders cancel while 30 others book (some get a seat, the rest wait; offers go out)
    const cancels = first
      .slice(0, 5)
      .map((r, i) => host.call<any>('market', 'cancel', { id: (held[i].body as any).data.id }, r.token))
    const books = residents.slice(10, 40).map((r) => book(host, r, slot.id))
    const all = await Promise.all([...cancels, ...books])
    expect(all.filter((r) => !r.body.ok).map((r) => r.body)).toEqual([])

    const stored = await host.platform.store.collection('market_slots').get(slot.id)
    const active = await activeCount(slot.id)
    expect(stored?.booked).toBe(active)
    expect(active).toBeLessThanOrEqual(10)
    // the seats freed went to someone: the slot is full again (booked or offered)
    expect(active).toBe(10)
  })
})
