/**
 * The CloudBase adapter on the wire, always: the real @cloudbase/node-sdk pointed at a local
 * recorder (`tcb.init({ serviceUrl })`). Asserts the exact requests each port method sends —
 * actions, collection, decoded query/update JSON, transaction ids — and how canned replies map
 * back to the port (documents, cursors, conflicts, not-found). And `npm run setup` on CloudBase:
 * migrate, then the street's package written through the same SDK.
 */
import { createCloudbaseStore } from '../../cloudfunctions/_platform/store/cloudbase'
import { declaredCollections, migrations } from '../../cloudfunctions/_platform/store/collections'
import {
  isStoreConflict,
  type Store,
  StoreConflictError,
  StoreNotFoundError,
} from '../../cloudfunctions/_platform/store/port'
import { HAIBEI } from '../../cloudfunctions/_seed/haibei'
import { setupStreet } from '../../cloudfunctions/_seed/setup-street'
import { packageDocs } from '../../cloudfunctions/_seed/street-package'
import { openSetupTarget } from '../../scripts/lib/setup-target'
import { decodeEjson, type Recorder, startRecorder } from './cloudbase-recorder'
import { contractMigrations } from './store-contract'

// Off the cloud, the SDK probes http://metadata.tencentyun.com before every request to learn whether
// it runs inside Tencent Cloud; the DNS lookups outlive the test. Claiming "in Tencent Cloud" skips
// the probe and changes nothing on the wire but a header (the URL comes from serviceUrl).
process.env.TENCENTCLOUD = 'true'
const tcb = require('@cloudbase/node-sdk')

let rec: Recorder
let store: Store

beforeAll(async () => {
  rec = await startRecorder()
  const app = tcb.init({ env: 'xiaobei-wire', secretId: 'x', secretKey: 'y', serviceUrl: rec.url })
  store = createCloudbaseStore({ app, migrations: contractMigrations })
})

afterAll(async () => {
  await store?.close()
  await rec?.close()
})

beforeEach(() => rec.reset())

/** action + the parts of the body that carry meaning */
const sent = () =>
  rec.requests.map(({ action, body }) => {
    const out: Record<string, unknown> = { action }
    for (const key of ['collectionName', 'queryType', 'query', 'data', 'order', 'limit', 'transactionId']) {
      if (body[key] !== undefined) out[key] = body[key]
    }
    for (const key of ['multi', 'merge', 'upsert']) if (body[key] !== undefined) out[key] = body[key]
    return out
  })

const items = () => store.collection('c_items')

test('every request goes to the service URL for the configured env', async () => {
  await items().get('a')
  expect(rec.requests).toHaveLength(1)
  expect(rec.requests[0].url).toMatch(/^\/admin\?env=xiaobei-wire&/)
  expect(rec.requests[0].body.envName).toBe('xiaobei-wire')
})

test('get: database.getDocument by _id; the listed document comes back, an empty list is null', async () => {
  rec.queue('database.getDocument', rec.docs({ _id: 'a', _v: 2, run: 'r', rank: 3 }))
  expect(await items().get('a')).toEqual({ _id: 'a', _v: 2, run: 'r', rank: 3 })
  expect(await items().get('zzz')).toBeNull()
  expect(sent()).toEqual([
    { action: 'database.getDocument', collectionName: 'c_items', queryType: 'DOC', query: { _id: 'a' }, multi: false },
    {
      action: 'database.getDocument',
      collectionName: 'c_items',
      queryType: 'DOC',
      query: { _id: 'zzz' },
      multi: false,
    },
  ])
})

test('find: AND of commands, orderBy + _id, limit + 1, and a keyset cursor as $or of ranges', async () => {
  rec.queue(
    'database.getDocument',
    rec.docs(
      { _id: 'a', _v: 1, run: 'r', rank: 3 },
      { _id: 'b', _v: 1, run: 'r', rank: 3 },
      { _id: 'c', _v: 1, run: 'r', rank: 2 },
    ),
  )
  const first = await items().find({
    where: { run: 'r', kind: { in: ['a', 'b'] }, rank: { gte: 1, lt: 5 } },
    orderBy: [['rank', 'desc']],
    limit: 2,
  })
  expect(first.items.map((d) => d._id)).toEqual(['a', 'b'])
  expect(first.nextCursor).not.toBeNull()

  rec.queue('database.getDocument', rec.docs({ _id: 'c', _v: 1, run: 'r', rank: 2 }))
  const second = await items().find({
    where: { run: 'r' },
    orderBy: [['rank', 'desc']],
    limit: 2,
    cursor: first.nextCursor,
  })
  expect(second).toEqual({ items: [{ _id: 'c', _v: 1, run: 'r', rank: 2 }], nextCursor: null })

  expect(sent()).toEqual([
    {
      action: 'database.getDocument',
      collectionName: 'c_items',
      queryType: 'WHERE',
      query: { $and: [{ run: 'r' }, { kind: { $in: ['a', 'b'] } }, { rank: { $gte: 1 } }, { rank: { $lt: 5 } }] },
      order: { rank: -1, _id: 1 },
      limit: 3,
    },
    {
      action: 'database.getDocument',
      collectionName: 'c_items',
      queryType: 'WHERE',
      // after (rank 3, _id "b") descending: a lower rank or no rank, or rank 3 with a greater _id
      query: {
        $and: [
          { run: 'r' },
          {
            $or: [
              { $or: [{ rank: { $lt: 3 } }, { rank: { $eq: null } }] },
              { $and: [{ rank: 3 }, { _id: { $gt: 'b' } }] },
            ],
          },
        ],
      },
      order: { rank: -1, _id: 1 },
      limit: 3,
    },
  ])
})

test('find: eq null, ne, a single condition, and the default limit', async () => {
  await items().find({ where: { rank: null } })
  await items().find({ where: { kind: { ne: 'a' } }, limit: 5000 })
  await items().find()
  expect(sent()).toEqual([
    {
      action: 'database.getDocument',
      collectionName: 'c_items',
      queryType: 'WHERE',
      query: { rank: { $eq: null } },
      order: { _id: 1 },
      limit: 51,
    },
    {
      action: 'database.getDocument',
      collectionName: 'c_items',
      queryType: 'WHERE',
      query: { kind: { $ne: 'a' } },
      order: { _id: 1 },
      limit: 1000,
    },
    { action: 'database.getDocument', collectionName: 'c_items', queryType: 'WHERE', order: { _id: 1 }, limit: 51 },
  ])
})

test('count: database.calculateDocument with the same filter', async () => {
  rec.queue('database.calculateDocument', { data: { total: 7 } })
  expect(await items().count({ run: 'r', flag: true })).toBe(7)
  expect(sent()).toEqual([
    {
      action: 'database.calculateDocument',
      collectionName: 'c_items',
      queryType: 'WHERE',
      query: { $and: [{ run: 'r' }, { flag: true }] },
    },
  ])
})

test('countEach: ONE database.aggregateDocuments, a match of any filter and a conditional sum per filter', async () => {
  rec.queue('database.aggregateDocuments', { data: { list: [JSON.stringify({ _id: null, n0: 4, n1: 1 })] } })
  const counts = await items().countEach({
    open: { run: 'r', flag: true },
    late: { run: 'r', rank: { lt: 3 } },
    never: null,
  })
  expect(counts).toEqual({ open: 4, late: 1, never: 0 })
  expect(rec.requests).toHaveLength(1)
  const { action, body } = rec.requests[0]
  expect(action).toBe('database.aggregateDocuments')
  expect(body.collectionName).toBe('c_items')
  const stages = (body.stages as Array<{ stageKey: string; stageValue: string }>).map((st) => ({
    [st.stageKey]: decodeEjson(JSON.parse(st.stageValue)),
  }))
  const rank = { $ifNull: ['$rank', null] }
  expect(stages).toEqual([
    { $match: { $or: [{ $and: [{ run: 'r' }, { flag: true }] }, { $and: [{ run: 'r' }, { rank: { $lt: 3 } }] }] } },
    {
      $group: {
        _id: null,
        n0: {
          $sum: {
            $cond: [
              { $and: [{ $eq: [{ $ifNull: ['$run', null] }, 'r'] }, { $eq: [{ $ifNull: ['$flag', null] }, true] }] },
              1,
              0,
            ],
          },
        },
        // a range never matches a missing or null field, as the query's does not
        n1: {
          $sum: {
            $cond: [
              {
                $and: [
                  { $eq: [{ $ifNull: ['$run', null] }, 'r'] },
                  { $and: [{ $ne: [rank, null] }, { $lt: [rank, 3] }] },
                ],
              },
              1,
              0,
            ],
          },
        },
      },
    },
  ])
})

test('countEach with an empty filter sends no match stage (it counts the whole collection)', async () => {
  rec.queue('database.aggregateDocuments', { data: { list: [JSON.stringify({ _id: null, n0: 9 })] } })
  expect(await items().countEach({ whole: {} })).toEqual({ whole: 9 })
  const stages = rec.requests[0].body.stages as Array<{ stageKey: string }>
  expect(stages.map((st) => st.stageKey)).toEqual(['$group'])
})

test('countEachBy: ONE aggregate grouped by the key parts (spans as nested $cond), limited to 10,000 groups', async () => {
  rec.queue('database.aggregateDocuments', {
    data: {
      list: [
        JSON.stringify({ _id: { g0: 'a', g1: 0 }, n0: 2 }),
        JSON.stringify({ _id: { g0: 'b', g1: null }, n0: 1 }),
        JSON.stringify({ _id: {}, n0: 5 }),
      ],
    },
  })
  const groups = await items().countEachBy(['kind', { field: 'rank', edges: [2, 4] }], {
    all: { run: 'r' },
    never: null,
  })
  expect(groups).toEqual([
    { key: ['a', 0], counts: { all: 2, never: 0 } },
    { key: ['b', null], counts: { all: 1, never: 0 } },
    // missing key fields read as null, as a missing field groups
    { key: [null, null], counts: { all: 5, never: 0 } },
  ])
  expect(rec.requests).toHaveLength(1)
  const stages = (rec.requests[0].body.stages as Array<{ stageKey: string; stageValue: string }>).map((st) => ({
    [st.stageKey]: decodeEjson(JSON.parse(st.stageValue)),
  }))
  const rank = { $ifNull: ['$rank', null] }
  expect(stages).toEqual([
    { $match: { $or: [{ run: 'r' }] } },
    {
      $group: {
        _id: {
          g0: { $ifNull: ['$kind', null] },
          g1: {
            $cond: [
              { $eq: [rank, null] },
              null,
              { $cond: [{ $lt: [rank, 2] }, 0, { $cond: [{ $lt: [rank, 4] }, 1, 2] }] },
            ],
          },
        },
        n0: { $sum: { $cond: [{ $eq: [{ $ifNull: ['$run', null] }, 'r'] }, 1, 0] } },
      },
    },
    { $limit: 10000 },
  ])
})

test('countEachBy refuses an answer that may have been cut at 10,000 groups', async () => {
  const list = Array.from({ length: 10_000 }, (_, i) => JSON.stringify({ _id: { g0: `k${i}` }, n0: 1 }))
  rec.queue('database.aggregateDocuments', { data: { list } })
  await expect(items().countEachBy(['kind'], { all: { run: 'r' } })).rejects.toThrow(/10000 or more groups/)
})

test('insert: database.insertDocument with _id and _v 1; a duplicate-key error is a conflict', async () => {
  expect(await items().insert({ _id: 'n1', run: 'r', rank: 1, skip: undefined })).toEqual({
    _id: 'n1',
    _v: 1,
    run: 'r',
    rank: 1,
  })
  expect(sent()).toEqual([
    { action: 'database.insertDocument', collectionName: 'c_items', data: [{ run: 'r', rank: 1, _id: 'n1', _v: 1 }] },
  ])

  rec.queue('database.insertDocument', {
    code: 'DATABASE_REQUEST_FAILED',
    message: 'E11000 duplicate key error collection: c_items index: _id_ dup key',
  })
  const error = await items()
    .insert({ _id: 'n1', run: 'r' })
    .catch((e: unknown) => e)
  expect(error).toBeInstanceOf(StoreConflictError)
  expect(isStoreConflict(error)).toBe(true)
})

test('insert: any other error, with no document there, is passed on unchanged', async () => {
  rec.queue('database.insertDocument', { code: 'DATABASE_PERMISSION_DENIED', message: 'permission denied' })
  const error = await items()
    .insert({ _id: 'n2', run: 'r' })
    .catch((e: unknown) => e)
  expect(isStoreConflict(error)).toBe(false)
  expect(error).toMatchObject({ code: 'DATABASE_PERMISSION_DENIED' })
  expect(sent().map((r) => [r.action, r.query])).toEqual([
    ['database.insertDocument', undefined],
    ['database.getDocument', { _id: 'n2' }],
  ])
})

test('patch with expectedVersion: where {_id, _v} update with $set and $inc _v, then a read', async () => {
  rec.queue('database.modifyDocument', { data: { updated: 1 } })
  rec.queue('database.getDocument', rec.docs({ _id: 'p', _v: 4, run: 'r', rank: 5, nested: { y: 2 } }))
  const after = await items().patch('p', { rank: 5, nested: { y: 2 }, kind: undefined }, { expectedVersion: 3 })
  expect(after).toEqual({ _id: 'p', _v: 4, run: 'r', rank: 5, nested: { y: 2 } })
  expect(sent()).toEqual([
    {
      action: 'database.modifyDocument',
      collectionName: 'c_items',
      queryType: 'WHERE',
      query: { _id: 'p', _v: 3 },
      data: { $set: { rank: 5, nested: { y: 2 } }, $inc: { _v: 1 } },
      multi: true,
      merge: true,
      upsert: false,
    },
    { action: 'database.getDocument', collectionName: 'c_items', queryType: 'DOC', query: { _id: 'p' }, multi: false },
  ])
})

test('patch: updated 0 is a conflict when the document exists, not-found when it does not', async () => {
  rec.queue('database.modifyDocument', { data: { updated: 0 } })
  rec.queue('database.getDocument', rec.docs({ _id: 'p', _v: 9, run: 'r' }))
  await expect(items().patch('p', { rank: 1 }, { expectedVersion: 3 })).rejects.toBeInstanceOf(StoreConflictError)

  rec.queue('database.modifyDocument', { data: { updated: 0 } })
  await expect(items().patch('gone', { rank: 1 })).rejects.toBeInstanceOf(StoreNotFoundError)
  expect(sent().map((r) => [r.action, r.query])).toEqual([
    ['database.modifyDocument', { _id: 'p', _v: 3 }],
    ['database.getDocument', { _id: 'p' }],
    ['database.modifyDocument', { _id: 'gone' }],
    ['database.getDocument', { _id: 'gone' }],
  ])
})

test('increment with a cap: compare-and-set on field <= max - by (or missing), $inc field and _v', async () => {
  rec.queue('database.modifyDocument', { data: { updated: 1 } })
  rec.queue('database.getDocument', rec.docs({ _id: 's', _v: 2, n: 1 }))
  rec.queue('database.modifyDocument', { data: { updated: 0 } })
  rec.queue('database.modifyDocument', { data: { updated: 1 } })
  rec.queue('database.getDocument', rec.docs({ _id: 's', _v: 3, n: 6 }))
  const slots = store.collection('c_slots')
  expect(await slots.increment('s', 'n', 1, { max: 10 })).toBe(1)
  expect(await slots.increment('s', 'n', 2, { max: 10 })).toBeNull()
  expect(await slots.increment('s', 'n', 5)).toBe(6)
  const [one, read, two, three] = sent()
  expect(read).toMatchObject({ action: 'database.getDocument', query: { _id: 's' } })
  expect(one).toEqual({
    action: 'database.modifyDocument',
    collectionName: 'c_slots',
    queryType: 'WHERE',
    query: { $and: [{ _id: 's' }, { $or: [{ n: { $lte: 9 } }, { n: { $exists: false } }] }] },
    data: { $inc: { n: 1, _v: 1 } },
    multi: true,
    merge: true,
    upsert: false,
  })
  expect(two.query).toEqual({ $and: [{ _id: 's' }, { $or: [{ n: { $lte: 8 } }, { n: { $exists: false } }] }] })
  expect(two.data).toEqual({ $inc: { n: 2, _v: 1 } })
  expect(three.query).toEqual({ _id: 's' })
  expect(three.data).toEqual({ $inc: { n: 5, _v: 1 } })
})

test('remove: database.removeDocument by _id; deleted tells the result', async () => {
  rec.queue('database.removeDocument', { data: { deleted: 1 } })
  rec.queue('database.removeDocument', { data: { deleted: 0 } })
  expect(await items().remove('a')).toBe(true)
  expect(await items().remove('a')).toBe(false)
  expect(sent()).toEqual([
    {
      action: 'database.removeDocument',
      collectionName: 'c_items',
      queryType: 'DOC',
      query: { _id: 'a' },
      multi: false,
    },
    {
      action: 'database.removeDocument',
      collectionName: 'c_items',
      queryType: 'DOC',
      query: { _id: 'a' },
      multi: false,
    },
  ])
})

test('transaction commit: start, by-id reads and writes carrying the transaction id, commit', async () => {
  rec.queue('database.getDocument', { data: { list: [] } }) // insert: not there yet
  rec.queue('database.getDocument', rec.docs({ _id: 'acct', _v: 1, run: 'r', balance: 100 })) // patch: read
  const result = await store.transaction(async (tx) => {
    await tx.collection('c_items').insert({ _id: 'n', run: 'r' })
    const acct = await tx.collection('c_ledger').patch('acct', { balance: 70 }, { expectedVersion: 1 })
    expect(await tx.collection('c_items').remove('old')).toBe(true)
    return acct
  })
  expect(result).toEqual({ _id: 'acct', _v: 2, run: 'r', balance: 70 })
  expect(sent()).toEqual([
    { action: 'database.startTransaction' },
    {
      action: 'database.getDocument',
      collectionName: 'c_items',
      queryType: 'DOC',
      query: { _id: 'n' },
      transactionId: 'tx-1',
      multi: false,
    },
    {
      action: 'database.modifyDocument',
      collectionName: 'c_items',
      queryType: 'DOC',
      query: { _id: 'n' },
      data: { run: 'r', _v: 1 },
      transactionId: 'tx-1',
      multi: false,
      merge: false,
      upsert: true,
    },
    {
      action: 'database.getDocument',
      collectionName: 'c_ledger',
      queryType: 'DOC',
      query: { _id: 'acct' },
      transactionId: 'tx-1',
      multi: false,
    },
    {
      action: 'database.modifyDocument',
      collectionName: 'c_ledger',
      queryType: 'DOC',
      query: { _id: 'acct' },
      data: { $set: { balance: 70 }, $inc: { _v: 1 } },
      transactionId: 'tx-1',
      multi: false,
      merge: true,
      upsert: false,
    },
    {
      action: 'database.removeDocument',
      collectionName: 'c_items',
      queryType: 'DOC',
      query: { _id: 'old' },
      transactionId: 'tx-1',
      multi: false,
    },
    { action: 'database.commitTransaction', transactionId: 'tx-1' },
  ])
})

test('a capped counter inside a transaction (the hourly report limit): read, then $inc or create, or stop at the cap', async () => {
  rec.queue('database.getDocument', rec.docs({ _id: 'rate', _v: 3, n: 2 })) // under the cap
  rec.queue('database.getDocument', { data: { list: [] } }) // first of the hour: created
  rec.queue('database.getDocument', rec.docs({ _id: 'rate', _v: 4, n: 3 })) // at the cap: nothing written
  const values = await store.transaction(async (tx) => {
    const c = tx.collection('c_slots')
    return [
      await c.increment('rate', 'n', 1, { max: 3, upsert: true }),
      await c.increment('fresh', 'n', 1, { max: 3, upsert: true }),
      await c.increment('rate', 'n', 1, { max: 3, upsert: true }),
    ]
  })
  expect(values).toEqual([3, 1, null])
  expect(sent().map((r) => [r.action, r.query, r.data, r.transactionId])).toEqual([
    ['database.startTransaction', undefined, undefined, undefined],
    ['database.getDocument', { _id: 'rate' }, undefined, 'tx-1'],
    ['database.modifyDocument', { _id: 'rate' }, { $inc: { n: 1, _v: 1 } }, 'tx-1'],
    ['database.getDocument', { _id: 'fresh' }, undefined, 'tx-1'],
    ['database.modifyDocument', { _id: 'fresh' }, { n: 1, _v: 1 }, 'tx-1'],
    ['database.getDocument', { _id: 'rate' }, undefined, 'tx-1'],
    ['database.commitTransaction', undefined, undefined, 'tx-1'],
  ])
})

test('transaction that throws: abort, no commit, the error is rethrown', async () => {
  rec.queue('database.startTransaction', { transactionId: 'tx-2' })
  const boom = new Error('boom')
  const error = await store
    .transaction(async (tx) => {
      await tx.collection('c_items').insert({ _id: 'n', run: 'r' })
      throw boom
    })
    .catch((e: unknown) => e)
  expect(error).toBe(boom)
  expect(sent().map((r) => [r.action, r.transactionId])).toEqual([
    ['database.startTransaction', undefined],
    ['database.getDocument', 'tx-2'],
    ['database.modifyDocument', 'tx-2'],
    ['database.abortTransaction', 'tx-2'],
  ])
})

test('transaction: a stale version is a conflict before any write, and aborts', async () => {
  rec.queue('database.getDocument', rec.docs({ _id: 'acct', _v: 5, run: 'r' }))
  const error = await store
    .transaction((tx) => tx.collection('c_ledger').patch('acct', { balance: 1 }, { expectedVersion: 4 }))
    .catch((e: unknown) => e)
  expect(isStoreConflict(error)).toBe(true)
  expect(sent().map((r) => r.action)).toEqual([
    'database.startTransaction',
    'database.getDocument',
    'database.abortTransaction',
  ])
})

test('migrate: creates collections, records applied ids in _migrations; a second run applies none', async () => {
  rec.queue('database.addCollection', {
    code: 'DATABASE_COLLECTION_ALREADY_EXIST',
    message: 'collection already exists',
  })
  expect(await store.migrate()).toEqual(['c0001_items', 'c0002_ledger'])
  const first = sent()
  expect(first.map((r) => [r.action, r.collectionName])).toEqual([
    ['database.addCollection', '_migrations'],
    ['database.getDocument', '_migrations'],
    ['database.addCollection', 'c_items'],
    ['database.addCollection', 'c_slots'],
    ['database.insertDocument', '_migrations'],
    ['database.addCollection', 'c_ledger'],
    ['database.insertDocument', '_migrations'],
  ])
  expect((first[4].data as Array<Record<string, unknown>>)[0]).toMatchObject({ _id: 'c0001_items' })
  expect((first[6].data as Array<Record<string, unknown>>)[0]).toMatchObject({ _id: 'c0002_ledger' })

  rec.reset()
  rec.queue('database.getDocument', rec.docs({ _id: 'c0001_items' }, { _id: 'c0002_ledger' }))
  expect(await store.migrate()).toEqual([])
  expect(sent().map((r) => r.action)).toEqual(['database.addCollection', 'database.getDocument'])
})

test('an undeclared field or collection is rejected before any request', async () => {
  await expect(items().find({ where: { note: 'x' } })).rejects.toThrow(/declared/)
  await expect(items().count({ note: 'x' })).rejects.toThrow(/declared/)
  await expect(items().find({ orderBy: [['note', 'asc']] })).rejects.toThrow(/declared/)
  expect(() => store.collection('c_undeclared')).toThrow(/declared/)
  expect(rec.requests).toHaveLength(0)
})

test('migrate: a data rewrite is one where().update() over every matching document, after its collections', async () => {
  const app = tcb.init({ env: 'xiaobei-wire', secretId: 'x', secretKey: 'y', serviceUrl: rec.url })
  const rewriting = createCloudbaseStore({
    app,
    migrations: [
      ...contractMigrations,
      {
        id: 'c0003_rename',
        collections: [],
        rewrites: [{ collection: 'c_items', field: 'kind', from: 'old', to: 'new' }],
      },
    ],
  })
  rec.queue('database.getDocument', rec.docs({ _id: 'c0001_items' }, { _id: 'c0002_ledger' }))
  rec.queue('database.modifyDocument', { data: { updated: 3 } })
  expect(await rewriting.migrate()).toEqual(['c0003_rename'])
  expect(sent().slice(2)).toEqual([
    {
      action: 'database.modifyDocument',
      collectionName: 'c_items',
      queryType: 'WHERE',
      query: { kind: 'old' },
      data: { $set: { kind: 'new' }, $inc: { _v: 1 } },
      multi: true,
      merge: true,
      upsert: false,
    },
    expect.objectContaining({ action: 'database.insertDocument', collectionName: '_migrations' }),
  ])
})

describe('npm run setup on CloudBase (the real SDK, TCB_* credentials, the recorder as the endpoint)', () => {
  const ENV = { TCB_ENV_ID: 'xiaobei-setup', TCB_SECRET_ID: 'sid', TCB_SECRET_KEY: 'skey' }
  const docs = packageDocs(HAIBEI)
  const total = Object.values(docs).reduce((n, list) => n + list.length, 0)
  const byAction = (action: string) =>
    rec.requests.filter((r) => r.action === action).map((r) => String(r.body.collectionName))

  test('first run: migrate creates every collection, then each document is read and inserted, then the mark', async () => {
    const target = await openSetupTarget(ENV, { serviceUrl: rec.url })
    try {
      const { counts } = await setupStreet(target.store, HAIBEI, new Date('2026-12-01T00:00:00Z'))
      expect(rec.requests.every((r) => r.url.startsWith('/admin?env=xiaobei-setup&'))).toBe(true)
      expect(new Set(byAction('database.addCollection'))).toEqual(
        new Set(['_migrations', ...declaredCollections().keys()]),
      )
      const inserted = rec.requests.filter(
        (r) => r.action === 'database.insertDocument' && r.body.collectionName !== '_migrations',
      )
      expect(inserted).toHaveLength(total + 1)
      const places = inserted.filter((r) => r.body.collectionName === 'places')
      expect(places.map((r) => (r.body.data as Array<{ _id: string }>)[0]._id).sort()).toEqual(
        docs.places.map((d) => d._id).sort(),
      )
      expect((inserted[inserted.length - 1].body.data as Array<Record<string, unknown>>)[0]).toMatchObject({
        _id: 'seed',
        by: 'setup',
        street: 'st-haibei',
        people: false,
      })
      expect(Object.values(counts).reduce((n, c) => n + c.created, 0)).toBe(total)
    } finally {
      await target.close()
    }
  })

  test('second run over the same documents: no migration, no insert, no update', async () => {
    const target = await openSetupTarget(ENV, { serviceUrl: rec.url })
    try {
      rec.queue('database.getDocument', rec.docs(...migrations.map((m) => ({ _id: m.id }))))
      for (const list of Object.values(docs))
        for (const d of list) rec.queue('database.getDocument', rec.docs({ ...d, _v: 1 }))
      rec.queue('database.insertDocument', {
        code: 'DATABASE_REQUEST_FAILED',
        message: 'E11000 duplicate key error collection: settings index: _id_ dup key',
      })
      const { migrations: applied, counts } = await setupStreet(target.store, HAIBEI, new Date())
      expect(applied).toEqual([])
      expect(Object.values(counts).reduce((n, c) => n + c.unchanged, 0)).toBe(total)
      expect(byAction('database.modifyDocument')).toEqual([])
      expect(byAction('database.insertDocument')).toEqual(['settings']) // only the mark, refused as present
    } finally {
      await target.close()
    }
  })

  test('CloudBase without the API keys is refused before any request', async () => {
    await expect(openSetupTarget({ TCB_ENV_ID: 'xiaobei-setup' }, { serviceUrl: rec.url })).rejects.toThrow(
      /TCB_SECRET_ID 和 TCB_SECRET_KEY/,
    )
    expect(rec.requests).toEqual([])
  })
})
