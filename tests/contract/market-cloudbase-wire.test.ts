/**
 * 民生集市 on the CloudBase adapter, on the wire: the real `book` service over the real SDK pointed
 * at the local recorder. It shows what a booking sends: the seat taken inside `runTransaction` by a
 * read of the slot and an `$inc` only while under the cap, the booking written in the same
 * transaction; at the cap, no write to the slot at all and a waiting-list entry instead; and a
 * write conflict the SDK gave up retrying surfaces as a store conflict, which `book` retries.
 *
 * What it cannot show: the recorder answers with canned replies and keeps no documents, so it
 * cannot run 1,000 bookings at once against one slot. That CloudBase aborts one of two transactions
 * writing the same document (DATABASE_TRANSACTION_CONFLICT) is CloudBase's documented behaviour,
 * not something this test proves; the concurrent race runs on PGlite and PostgreSQL
 * (tests/integration/market-race.test.ts) and needs `npm run test:cloudbase` for a live environment.
 */

import { createOutboxNotify } from '../../cloudfunctions/_platform/notify/outbox'
import type { Platform } from '../../cloudfunctions/_platform/ports'
import { createManualClock } from '../../cloudfunctions/_platform/runtime/clock'
import { createCloudbaseStore } from '../../cloudfunctions/_platform/store/cloudbase'
import { isStoreConflict, type Store } from '../../cloudfunctions/_platform/store/port'
import { book } from '../../cloudfunctions/_services/market/book'
import type { Caller } from '../../types/identity'
import { type Recorder, startRecorder } from './cloudbase-recorder'

process.env.TENCENTCLOUD = 'true'
const tcb = require('@cloudbase/node-sdk')

let rec: Recorder
let store: Store
let platform: Platform
const clock = createManualClock(new Date('2026-12-01T02:00:00.000Z'))

beforeAll(async () => {
  rec = await startRecorder()
  const app = tcb.init({ env: 'xiaobei-wire', secretId: 'x', secretKey: 'y', serviceUrl: rec.url })
  store = createCloudbaseStore({ app })
  const now = () => clock.now()
  platform = {
    runtime: 'cloudbase',
    store,
    clock,
    notify: createOutboxNotify({ store, now }),
  } as unknown as Platform
})
afterAll(async () => {
  await store?.close()
  await rec?.close()
})
beforeEach(() => rec.reset())

const caller: Caller = {
  userId: 'u-r-1',
  name: '王淑兰',
  kind: 'resident',
  roles: ['resident'],
  scopes: [],
  householdVerified: true,
  address: {
    streetId: 'st-haibei',
    communityId: 'cm-beiyuan',
    gridId: 'gd-beiyuan-1',
    estateId: 'es-botai',
    buildingId: 'bd-botai-2',
    unit: '1单元',
    room: '301',
    label: '博泰佳苑 2号楼 1单元 301',
  },
}

const slot = (booked: number) => ({
  _id: 'sl-1',
  _v: 7,
  marketId: 'mk-1',
  stallId: 'mk-1-haircut',
  stallName: '义剪',
  startsAt: '2026-12-05T01:00:00.000Z',
  endsAt: '2026-12-05T01:30:00.000Z',
  capacity: 30,
  bookable: 20,
  booked,
  walkIns: 0,
  marketStatus: 'published',
  bookingOpensAt: '2026-11-30T00:00:00.000Z',
  bookingClosesAt: '2026-12-05T03:30:00.000Z',
  perHouseholdLimit: 1,
  offerMinutes: 30,
  marketTitle: '北苑社区民生集市',
  venue: '广场',
  streetId: 'st-haibei',
  communityId: 'cm-beiyuan',
})

const sent = () =>
  rec.requests.map(({ action, body }) => [
    action,
    body.collectionName ?? null,
    body.data && typeof body.data === 'object' && !Array.isArray(body.data)
      ? Object.keys(body.data as object)
          .sort()
          .join(',')
      : null,
    body.transactionId ?? null,
  ])

test('a seat under the cap: inside one transaction the slot is read, $inc’d, and the booking written; then the message box', async () => {
  rec.queue('database.getDocument', rec.docs(slot(19))) // the slot, outside
  rec.queue('database.getDocument', rec.docs(slot(19))) // the slot, in the transaction
  rec.queue('database.getDocument', { data: { list: [] } }) // the booking is not there yet
  const res = await book(platform, caller, { requestId: 'req-wire-0001', slotId: 'sl-1' })
  expect(res).toMatchObject({ status: 'confirmed', checkinCode: expect.stringMatching(/^bk[0-9a-f]{20}\./) })
  expect(sent()).toEqual([
    ['database.getDocument', 'market_slots', null, null],
    ['database.startTransaction', null, null, null],
    ['database.getDocument', 'market_slots', null, 'tx-1'],
    ['database.modifyDocument', 'market_slots', '$inc', 'tx-1'],
    ['database.getDocument', 'market_bookings', null, 'tx-1'],
    ['database.modifyDocument', 'market_bookings', expect.stringContaining('residentId'), 'tx-1'],
    ['database.commitTransaction', null, null, 'tx-1'],
    ['database.insertDocument', 'outbox', null, null],
  ])
  const inc = rec.requests.find(
    (r) => r.action === 'database.modifyDocument' && r.body.collectionName === 'market_slots',
  )
  expect(inc?.body.data).toEqual({ $inc: { booked: 1, _v: 1 } })
})

test('at the cap: nothing is written to the slot; the transaction is rolled back and a waiting-list entry is made', async () => {
  rec.queue('database.getDocument', rec.docs(slot(20))) // outside
  rec.queue('database.getDocument', rec.docs(slot(20))) // in the seat transaction: full
  // the waiting-list transaction: no booking, no standing, no entry, a fresh counter, then the insert's check
  for (let i = 0; i < 5; i++) rec.queue('database.getDocument', { data: { list: [] } })
  rec.queue('database.calculateDocument', { data: { total: 1 } })
  const res = await book(platform, caller, { requestId: 'req-wire-0002', slotId: 'sl-1' })
  expect(res).toMatchObject({ status: 'waitlisted', position: 1 })
  const slotWrites = rec.requests.filter(
    (r) => r.body.collectionName === 'market_slots' && r.action !== 'database.getDocument',
  )
  expect(slotWrites).toEqual([])
  expect(sent().map((r) => r[0])).toEqual([
    'database.getDocument',
    'database.startTransaction',
    'database.getDocument',
    'database.abortTransaction',
    'database.startTransaction',
    'database.getDocument',
    'database.getDocument',
    'database.getDocument',
    'database.getDocument',
    'database.modifyDocument',
    'database.getDocument',
    'database.modifyDocument',
    'database.commitTransaction',
    'database.calculateDocument',
  ])
  expect(
    sent()
      .filter((r) => r[0] === 'database.modifyDocument')
      .map((r) => r[1]),
  ).toEqual(['market_quota', 'market_waits'])
})

test('a write conflict the SDK gave up retrying is a store conflict (book then tries again)', async () => {
  // each of the SDK's 4 runs: read the slot, $inc, read the booking, write it, commit → conflict
  for (let i = 0; i < 4; i++) {
    rec.queue('database.getDocument', rec.docs(slot(3)))
    rec.queue('database.getDocument', { data: { list: [] } })
    rec.queue('database.commitTransaction', { code: 'DATABASE_TRANSACTION_CONFLICT', message: 'transaction conflict' })
  }
  const error = await store
    .transaction(async (tx) => {
      await tx.collection('market_slots').increment('sl-1', 'booked', 1, { max: 20 })
      await tx.collection('market_bookings').insert({ _id: 'bk-x', slotId: 'sl-1' })
    })
    .catch((e: unknown) => e)
  expect(isStoreConflict(error)).toBe(true)
  expect(rec.requests.filter((r) => r.action === 'database.commitTransaction')).toHaveLength(4)
})
