/**
 * 民生集市 booking through the local host over HTTP on PGlite (issue 9):
 * - market.race1000ExactlyBookable: 1,000 `book` calls at once by different residents on a slot
 *   with 20 bookable seats; the value is the number confirmed, the target exactly 20;
 * - market.bookP95Ms: the 95th percentile of one booking with 10 in flight, target ≤ 50 ms;
 * - market.booksPerSec: bookings per second with 100 in flight (information, no target yet);
 * - market.bookStoreOps: store round trips of one warm confirmed booking, identity read and the
 *   confirmation included, target ≤ 6.
 *
 * Run alone: `npx tsx tests/bench/market.bench.ts`.
 */

import { createManualClock } from '../../cloudfunctions/_platform/runtime/clock'
import { type CountingStore, countingStore } from '../../cloudfunctions/_platform/store/counting'
import { book, marketInput, publishedMarket, verifiedResidents } from '../support/market'
import { startTestHost } from '../support/test-host'
import { type BenchEntry, entry, info } from './entry'
import { quantile, round, timed } from './stats'

const RESIDENTS = 1000
const P95_BOOKS = 400
const THROUGHPUT_BOOKS = 1000

export async function measureMarket() {
  let counting: CountingStore | undefined
  const host = await startTestHost({
    clock: createManualClock(new Date('2026-12-01T10:00:00+08:00')),
    wrapStore: (store) => {
      counting = countingStore(store)
      return counting
    },
  })
  try {
    const people = await verifiedResidents(host, RESIDENTS)
    const slotOf = async (stall: string, capacity: number, walkInShare: number) =>
      (
        await publishedMarket(
          host,
          marketInput('2026-12-05', { stallNames: [stall], slotsPerStall: 1, capacity, walkInShare }),
        )
      ).stalls[0].slots[0]

    // the race: 20 bookable of 30
    const raceSlot = await slotOf('义剪', 30, 1 / 3)
    const race = await Promise.all(people.map((p) => book(host, p, raceSlot.id)))
    const confirmed = race.filter((r) => r.body.ok && r.body.data.status === 'confirmed').length
    const waitlisted = race.filter((r) => r.body.ok && r.body.data.status === 'waitlisted').length
    const failed = race.filter((r) => !r.body.ok).length
    const booked = (await host.platform.store.collection('market_slots').get(raceSlot.id))?.booked

    // latency with 10 in flight: every booking confirmed, on a slot large enough
    const p95Slot = await slotOf('义诊', 500, 0)
    for (let i = 0; i < 20; i++) await book(host, people[i], p95Slot.id) // warm
    const p95Run = await timed(P95_BOOKS, 10, (i) => book(host, people[20 + i], p95Slot.id))

    // throughput with 100 in flight
    // (two slots of 500: a slot holds at most 500)
    const tpSlots = [await slotOf('磨刀', 500, 0), await slotOf('理发', 500, 0)]
    const tpRun = await timed(THROUGHPUT_BOOKS, 100, (i) => book(host, people[i], tpSlots[i % 2].id))

    // store round trips of one warm confirmed booking
    const opsSlot = await slotOf('家电维修', 10, 0)
    await book(host, people[0], opsSlot.id)
    const c = counting as CountingStore
    c.reset()
    const one = await book(host, people[1], opsSlot.id)
    if (!one.body.ok || one.body.data.status !== 'confirmed') throw new Error('the counted booking was not confirmed')
    const ops = c.ops.map((o) => `${o.op} ${o.collection}`.trim())

    return {
      confirmed,
      waitlisted,
      failed,
      booked,
      p95: quantile(p95Run.latencies, 0.95),
      p50: quantile(p95Run.latencies, 0.5),
      perSec: tpRun.perSec,
      ops,
    }
  } finally {
    await host.close()
  }
}

export async function bench(): Promise<BenchEntry[]> {
  const m = await measureMarket()
  return [
    {
      name: 'market.race1000ExactlyBookable',
      unit: 'bookings',
      value: m.confirmed,
      target: '= 20',
      met: m.confirmed === 20 && m.waitlisted === 980 && m.failed === 0 && m.booked === 20,
      note: `1,000 concurrent books over HTTP on PGlite: ${m.confirmed} confirmed, ${m.waitlisted} waitlisted, ${m.failed} failed; slot.booked ${m.booked}`,
    },
    entry(
      'market.bookP95Ms',
      'ms',
      round(m.p95, 2),
      '≤',
      50,
      `${P95_BOOKS} confirmed books over HTTP, 10 in flight, in-memory PGlite; p50 ${round(m.p50, 2)} ms`,
    ),
    info(
      'market.booksPerSec',
      'books/s',
      round(m.perSec, 0),
      `${THROUGHPUT_BOOKS} books over HTTP, 100 in flight, PGlite`,
    ),
    entry('market.bookStoreOps', 'ops', m.ops.length, '≤', 6, `warm confirmed book: ${m.ops.join(', ')}`),
  ]
}

if (process.argv[1]?.replace(/\\/g, '/').endsWith('tests/bench/market.bench.ts')) {
  bench().then(
    (entries) => {
      for (const e of entries)
        console.log(`${e.met ? 'MET ' : 'MISS'} ${e.name} = ${e.value} ${e.unit} (${e.target}) ${e.note ?? ''}`)
    },
    (error) => {
      console.error(error)
      process.exit(1)
    },
  )
}
