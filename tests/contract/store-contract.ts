/**
 * The one store contract suite. Every adapter (PGlite, PostgreSQL, CloudBase live) runs it through
 * a small `*.test.ts`. It declares its own small collections through a custom migrations list, and
 * every test tags its documents with a fresh `run` value, so tests don't see each other's data
 * and a live database needs no wiping.
 */
import type { Migration } from '../../cloudfunctions/_platform/store/collections'
import {
  type GroupCounts,
  isStoreConflict,
  isStoreNotFound,
  type Store,
  StoreConflictError,
  type StoredDoc,
  StoreNotFoundError,
  type Where,
} from '../../cloudfunctions/_platform/store/port'

export const contractMigrations: Migration[] = [
  {
    id: 'c0001_items',
    collections: [
      {
        name: 'c_items',
        fields: { run: 'string', kind: 'string', rank: 'number', flag: 'boolean' },
        indexes: [['run', 'rank']],
      },
      { name: 'c_slots', fields: { run: 'string' } },
    ],
  },
  {
    id: 'c0002_ledger',
    collections: [
      { name: 'c_items', fields: { label: 'string' }, indexes: [['run', 'label']] },
      { name: 'c_ledger', fields: { run: 'string' } },
    ],
  },
]

export interface ContractOptions {
  /** the store starts empty, so the first migrate() applies every contract migration */
  fresh: boolean
}

interface Item extends StoredDoc {
  run: string
  kind?: string
  rank?: number | null
  flag?: boolean
  label?: string
  note?: string
  nested?: Record<string, unknown>
}

let runCounter = 0
const newRun = () =>
  `r${Date.now().toString(36)}${(runCounter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`

/** JS model of the store's order: null (missing) is smallest; `_id` asc breaks ties. */
function compareRank(direction: 'asc' | 'desc') {
  return (a: Item, b: Item) => {
    const ra = a.rank ?? null
    const rb = b.rank ?? null
    if (ra !== rb) {
      if (ra === null) return direction === 'asc' ? -1 : 1
      if (rb === null) return direction === 'asc' ? 1 : -1
      return direction === 'asc' ? ra - rb : rb - ra
    }
    return a._id < b._id ? -1 : a._id > b._id ? 1 : 0
  }
}

export function runStoreContract(name: string, makeStore: () => Promise<Store>, options: ContractOptions): void {
  describe(`store contract: ${name}`, () => {
    let store: Store
    let firstMigrate: string[]

    beforeAll(async () => {
      store = await makeStore()
      firstMigrate = await store.migrate()
    })

    afterAll(async () => {
      await store?.close()
    })

    const items = () => store.collection<Item>('c_items')
    const ids = (docs: StoredDoc[]) => docs.map((d) => d._id)

    async function seedFilters(run: string) {
      const docs: Array<Omit<Item, '_v'>> = [
        { _id: `${run}-1`, run, kind: 'a', rank: 1, flag: true },
        { _id: `${run}-2`, run, kind: 'b', rank: 2, flag: false },
        { _id: `${run}-3`, run, kind: 'a', rank: 3, flag: true },
        { _id: `${run}-4`, run, kind: 'c', rank: 4, flag: false },
        { _id: `${run}-5`, run, kind: 'b' },
        { _id: `${run}-6`, run, kind: 'a', rank: null, flag: true },
      ]
      for (const d of docs) await items().insert(d)
      return docs
    }

    test('countEach: several counts in one call agree with count, null fields and empty filters included', async () => {
      const run = newRun()
      await seedFilters(run)
      const filters: Record<string, Where> = {
        all: { run },
        a: { run, kind: 'a' },
        ranked: { run, rank: { gte: 2 } },
        below: { run, rank: { lt: 3 } },
        missingRank: { run, rank: null },
        rankIn: { run, rank: { in: [2, null] } },
        notA: { run, kind: { ne: 'a' } },
        none: { run, kind: 'zzz' },
      }
      const each = await items().countEach<string>({ ...filters, skipped: null })
      for (const [key, w] of Object.entries(filters)) {
        expect([key, each[key]]).toEqual([key, await items().count(w)])
      }
      expect(each.skipped).toBe(0)
      expect(each.all).toBe(6)
      // an empty filter counts the whole collection, as count() does
      const whole = await items().countEach({ whole: {}, a: { run, kind: 'a' } })
      expect(whole).toEqual({ whole: await items().count(), a: 3 })
      expect(await items().countEach({ nothing: null })).toEqual({ nothing: 0 })
    })

    test('countEachBy: countEach per group of field values and spans, only groups something matched', async () => {
      const run = newRun()
      await seedFilters(run)
      const sorted = <K extends string>(groups: GroupCounts<K>[]) =>
        [...groups].sort((x, y) => JSON.stringify(x.key).localeCompare(JSON.stringify(y.key)))
      // by a field: one group per value, each where counted inside it, a null where counts 0
      expect(
        sorted(await items().countEachBy(['kind'], { all: { run }, flagged: { run, flag: true }, skipped: null })),
      ).toEqual([
        { key: ['a'], counts: { all: 3, flagged: 3, skipped: 0 } },
        { key: ['b'], counts: { all: 2, flagged: 0, skipped: 0 } },
        { key: ['c'], counts: { all: 1, flagged: 0, skipped: 0 } },
      ])
      // by spans: below the first edge 0, then 1, 2; a missing or null value is the null group
      expect(sorted(await items().countEachBy([{ field: 'rank', edges: [2, 4] }], { all: { run } }))).toEqual([
        { key: [0], counts: { all: 1 } },
        { key: [1], counts: { all: 2 } },
        { key: [2], counts: { all: 1 } },
        { key: [null], counts: { all: 2 } },
      ])
      // two parts; a group where no filter matches does not come back; each count agrees with count()
      const groups = await items().countEachBy(['kind', { field: 'rank', edges: [3] }], {
        ranked: { run, rank: { gte: 2 } },
        flagged: { run, rank: { gte: 2 }, flag: true },
      })
      expect(sorted(groups).map((g) => g.key)).toEqual([
        ['a', 1],
        ['b', 0],
        ['c', 1],
      ])
      for (const g of groups) {
        const [kind, span] = g.key
        const rank = span === 0 ? { gte: 2, lt: 3 } : { gte: 3 }
        expect([g.key, g.counts.ranked]).toEqual([g.key, await items().count({ run, kind, rank })])
        expect([g.key, g.counts.flagged]).toEqual([g.key, await items().count({ run, kind, rank, flag: true })])
      }
      expect(await items().countEachBy(['kind'], { nothing: null })).toEqual([])
      expect(await items().countEachBy(['kind'], { none: { run, kind: 'zzz' } })).toEqual([])
      await expect(items().countEachBy(['note'], { all: { run } })).rejects.toThrow(/declared/)
    })

    test('countEach and countEachBy: wheres that share conditions, repeat one another or add a flag count each exactly', async () => {
      const run = newRun()
      await seedFilters(run)
      // like the KPI batches: ranges on different fields, each with a flagged where, one repeated
      const batch: Record<string, Where> = {
        low: { run, rank: { lt: 3 } },
        lowFlagged: { run, rank: { lt: 3 }, flag: true },
        kindA: { run, kind: 'a' },
        kindAAgain: { run, kind: 'a' },
        kindAFlagged: { run, kind: 'a', flag: true },
        unranked: { run, rank: null },
      }
      const each = await items().countEach<string>(batch)
      for (const [key, w] of Object.entries(batch)) {
        expect([key, each[key]]).toEqual([key, await items().count(w)])
      }
      const groups = await items().countEachBy(['kind'], batch)
      for (const [key, w] of Object.entries(batch)) {
        for (const kind of ['a', 'b', 'c']) {
          const counted = groups.find((g) => g.key[0] === kind)?.counts[key] ?? 0
          const other = w.kind !== undefined && w.kind !== kind
          expect([key, kind, counted]).toEqual([key, kind, other ? 0 : await items().count({ ...w, kind })])
        }
      }
      // a group only the flagged where matched still comes back
      expect(await items().countEachBy(['kind'], { all: { run, kind: 'zzz' }, flagged: { run, flag: true } })).toEqual([
        { key: ['a'], counts: { all: 0, flagged: 3 } },
      ])
    })

    const where = async (run: string, w: Record<string, unknown>) =>
      ids((await items().find({ where: { run, ...w } as never, orderBy: [['rank', 'asc']] })).items).sort()

    test('migrate applies pending migrations once; a second run applies none', async () => {
      if (options.fresh) expect(firstMigrate).toEqual(['c0001_items', 'c0002_ledger'])
      else expect(['c0001_items', 'c0002_ledger']).toEqual(expect.arrayContaining(firstMigrate))
      expect(await store.migrate()).toEqual([])
    })

    test('kind names the adapter', () => {
      expect(['pglite', 'postgres', 'cloudbase']).toContain(store.kind)
    })

    test('insert, get, and a duplicate insert is a conflict', async () => {
      const run = newRun()
      const inserted = await items().insert({ _id: `${run}-x`, run, kind: 'a', rank: 7, nested: { a: [1, 2] } })
      expect(inserted).toEqual({ _id: `${run}-x`, _v: 1, run, kind: 'a', rank: 7, nested: { a: [1, 2] } })
      expect(await items().get(`${run}-x`)).toEqual(inserted)
      expect(await items().get(`${run}-missing`)).toBeNull()

      const duplicate = items().insert({ _id: `${run}-x`, run, kind: 'b' })
      await expect(duplicate).rejects.toBeInstanceOf(StoreConflictError)
      const error = await items()
        .insert({ _id: `${run}-x`, run, kind: 'b' })
        .catch((e: unknown) => e)
      expect(isStoreConflict(error)).toBe(true)
      expect((await items().get(`${run}-x`))?.kind).toBe('a')
    })

    test('filters: equality, ne, in, ranges, null, booleans, _id, AND', async () => {
      const run = newRun()
      await seedFilters(run)
      const id = (...n: number[]) => n.map((i) => `${run}-${i}`).sort()
      expect(await where(run, { kind: 'a' })).toEqual(id(1, 3, 6))
      expect(await where(run, { kind: { eq: 'b' } })).toEqual(id(2, 5))
      expect(await where(run, { kind: { ne: 'a' } })).toEqual(id(2, 4, 5))
      expect(await where(run, { kind: { in: ['b', 'c'] } })).toEqual(id(2, 4, 5))
      expect(await where(run, { kind: { in: [] } })).toEqual([])
      expect(await where(run, { rank: { gt: 1, lte: 3 } })).toEqual(id(2, 3))
      expect(await where(run, { rank: { gte: 3 } })).toEqual(id(3, 4))
      expect(await where(run, { rank: { lt: 2 } })).toEqual(id(1))
      expect(await where(run, { rank: null })).toEqual(id(5, 6))
      expect(await where(run, { rank: { ne: null } })).toEqual(id(1, 2, 3, 4))
      expect(await where(run, { rank: { in: [2, null] } })).toEqual(id(2, 5, 6))
      expect(await where(run, { flag: true })).toEqual(id(1, 3, 6))
      expect(await where(run, { flag: false, kind: 'c' })).toEqual(id(4))
      expect(await where(run, { _id: `${run}-4` })).toEqual(id(4))
      expect(await where(run, { _id: { in: [`${run}-1`, `${run}-5`, `${run}-none`] } })).toEqual(id(1, 5))
      expect(await where(run, { kind: 'a', rank: { gte: 2 } })).toEqual(id(3))
    })

    test('count with and without filters', async () => {
      const run = newRun()
      await seedFilters(run)
      expect(await items().count({ run })).toBe(6)
      expect(await items().count({ run, kind: 'a' })).toBe(3)
      expect(await items().count({ run, rank: { gte: 2 } })).toBe(3)
      expect(await items().count({ run, kind: 'zzz' })).toBe(0)
      expect(await items().count()).toBeGreaterThanOrEqual(6)
    })

    for (const direction of ['asc', 'desc'] as const) {
      test(`order ${direction} with ties and nulls, cursor paging across 3 pages`, async () => {
        const run = newRun()
        const docs: Item[] = []
        for (let i = 0; i < 23; i++) {
          // ranks 0..3 repeat (ties), every fifth has no rank (null); ids not in rank order
          const id = `${run}-${String((i * 7) % 23).padStart(2, '0')}`
          const doc: Omit<Item, '_v'> = i % 5 === 4 ? { _id: id, run } : { _id: id, run, rank: i % 4 }
          docs.push(await items().insert(doc))
        }
        const expected = ids([...docs].sort(compareRank(direction)))
        const seen: string[] = []
        const sizes: number[] = []
        let cursor: string | null = null
        let pages = 0
        do {
          const page = await items().find({ where: { run }, orderBy: [['rank', direction]], limit: 10, cursor })
          seen.push(...ids(page.items))
          sizes.push(page.items.length)
          cursor = page.nextCursor
          pages++
        } while (cursor && pages < 10)
        expect(sizes).toEqual([10, 10, 3])
        expect(seen).toEqual(expected)

        // a page ending exactly at the last row reports no further page (or an empty one)
        const all = await items().find({ where: { run }, orderBy: [['rank', direction]], limit: 23 })
        expect(ids(all.items)).toEqual(expected)
        if (all.nextCursor) {
          const rest = await items().find({ where: { run }, orderBy: [['rank', direction]], cursor: all.nextCursor })
          expect(rest).toEqual({ items: [], nextCursor: null })
        }
      })
    }

    test('without orderBy, pages follow _id and the limit applies', async () => {
      const run = newRun()
      for (const n of [3, 1, 2]) await items().insert({ _id: `${run}-${n}`, run })
      const first = await items().find({ where: { run }, limit: 2 })
      expect(ids(first.items)).toEqual([`${run}-1`, `${run}-2`])
      expect(first.nextCursor).not.toBeNull()
      const second = await items().find({ where: { run }, limit: 2, cursor: first.nextCursor })
      expect(ids(second.items)).toEqual([`${run}-3`])
      expect(second.nextCursor).toBeNull()
    })

    test('a cursor the store did not make (malformed, other keys, wrong-typed values) is StoreInvalidCursorError', async () => {
      const run = newRun()
      await items().insert({ _id: `${run}-1`, run, rank: 1 })
      const b64 = (v: unknown) => Buffer.from(JSON.stringify(v), 'utf8').toString('base64url')
      for (const cursor of ['a', 'WzFd', b64({}), b64(['x', `${run}-1`]), b64([{ a: 1 }, 'x']), b64([1, 2])]) {
        const found = items().find({ where: { run }, orderBy: [['rank', 'asc']], cursor })
        await expect(found).rejects.toMatchObject({ name: 'StoreInvalidCursorError' })
      }
    })

    test('patch merges top-level fields, ignores undefined, bumps _v, returns the new document', async () => {
      const run = newRun()
      await items().insert({ _id: `${run}-p`, run, kind: 'a', rank: 1, nested: { keep: false, x: 1 } })
      const after = await items().patch(`${run}-p`, { rank: 5, label: 'L', kind: undefined, nested: { y: 2 } })
      expect(after).toEqual({ _id: `${run}-p`, _v: 2, run, kind: 'a', rank: 5, label: 'L', nested: { y: 2 } })
      expect(await items().get(`${run}-p`)).toEqual(after)
      // patched declared fields are filterable at once
      expect(await where(run, { label: 'L', rank: 5 })).toEqual([`${run}-p`])
      const again = await items().patch(`${run}-p`, { note: 'n' })
      expect(again._v).toBe(3)
      expect(again.label).toBe('L')
    })

    test('optimistic concurrency: a stale expectedVersion is a conflict, the current one applies', async () => {
      const run = newRun()
      await items().insert({ _id: `${run}-o`, run, rank: 1 })
      await items().patch(`${run}-o`, { rank: 2 }, { expectedVersion: 1 })
      const stale = await items()
        .patch(`${run}-o`, { rank: 3 }, { expectedVersion: 1 })
        .catch((e: unknown) => e)
      expect(stale).toBeInstanceOf(StoreConflictError)
      expect(isStoreConflict(stale)).toBe(true)
      expect(isStoreNotFound(stale)).toBe(false)
      expect(await items().get(`${run}-o`)).toMatchObject({ rank: 2, _v: 2 })
      expect(await items().patch(`${run}-o`, { rank: 4 }, { expectedVersion: 2 })).toMatchObject({ rank: 4, _v: 3 })

      // two writers read version 3; exactly one of them wins
      const results = await Promise.allSettled([
        items().patch(`${run}-o`, { label: 'first' }, { expectedVersion: 3 }),
        items().patch(`${run}-o`, { label: 'second' }, { expectedVersion: 3 }),
      ])
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
      const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult
      expect(isStoreConflict(rejected.reason)).toBe(true)
      expect((await items().get(`${run}-o`))?._v).toBe(4)
    })

    test('patch of a missing document is not-found, with or without expectedVersion', async () => {
      const run = newRun()
      const plain = await items()
        .patch(`${run}-none`, { rank: 1 })
        .catch((e: unknown) => e)
      expect(plain).toBeInstanceOf(StoreNotFoundError)
      expect(isStoreNotFound(plain)).toBe(true)
      await expect(items().patch(`${run}-none`, { rank: 1 }, { expectedVersion: 1 })).rejects.toBeInstanceOf(
        StoreNotFoundError,
      )
      expect(await items().get(`${run}-none`)).toBeNull()
    })

    test('50 simultaneous capped increments on a slot of 10 give exactly 10, each a distinct new value', async () => {
      const run = newRun()
      const slots = store.collection('c_slots')
      await slots.insert({ _id: `${run}-slot`, run, n: 0 })
      const results = await Promise.all(
        Array.from({ length: 50 }, () => slots.increment(`${run}-slot`, 'n', 1, { max: 10 })),
      )
      expect(results.filter((r) => r === null)).toHaveLength(40)
      const won = results.filter((r): r is number => r !== null)
      expect(won).toHaveLength(10)
      if (store.kind !== 'cloudbase') expect([...won].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
      expect(await slots.get(`${run}-slot`)).toMatchObject({ n: 10, _v: 11 })
    })

    test('increment returns the new value: without a cap, from a missing field, by more than one; null on a missing doc or at the cap', async () => {
      const run = newRun()
      const slots = store.collection('c_slots')
      await slots.insert({ _id: `${run}-s`, run })
      expect(await slots.increment(`${run}-s`, 'n', 3)).toBe(3)
      expect(await slots.increment(`${run}-s`, 'n', 2, { max: 5 })).toBe(5)
      expect(await slots.increment(`${run}-s`, 'n', 1, { max: 5 })).toBeNull()
      expect(await slots.increment(`${run}-s`, 'n', -4)).toBe(1)
      expect(await slots.get(`${run}-s`)).toMatchObject({ n: 1, _v: 4 })
      expect(await slots.increment(`${run}-gone`, 'n', 1)).toBeNull()
      expect(await slots.increment(`${run}-gone`, 'n', 1, { max: 10 })).toBeNull()
      expect(await slots.get(`${run}-gone`)).toBeNull()
    })

    test('upsert: a missing counter is created at `by` (within the cap); 30 simultaneous first upserts count 30', async () => {
      const run = newRun()
      const slots = store.collection('c_slots')
      expect(await slots.increment(`${run}-u`, 'n', 1, { upsert: true, max: 2 })).toBe(1)
      expect(await slots.increment(`${run}-u`, 'n', 1, { upsert: true, max: 2 })).toBe(2)
      expect(await slots.increment(`${run}-u`, 'n', 1, { upsert: true, max: 2 })).toBeNull()
      expect(await slots.increment(`${run}-big`, 'n', 5, { upsert: true, max: 2 })).toBeNull()
      expect(await slots.get(`${run}-big`)).toBeNull()
      const many = await Promise.all(
        Array.from({ length: 30 }, () => slots.increment(`${run}-many`, 'n', 1, { upsert: true, max: 10 })),
      )
      expect(many.filter((r) => r !== null)).toHaveLength(10)
      expect(await slots.get(`${run}-many`)).toMatchObject({ n: 10 })
      const inTx = await store.transaction(async (tx) => [
        await tx.collection('c_slots').increment(`${run}-tx`, 'n', 1, { upsert: true }),
        await tx.collection('c_slots').increment(`${run}-tx`, 'n', 1, { upsert: true }),
      ])
      expect(inTx).toEqual([1, 2])
      await expect(
        store.transaction(async (tx) => {
          await tx.collection('c_slots').increment(`${run}-gone`, 'n', 1, { upsert: true })
          throw new Error('boom')
        }),
      ).rejects.toThrow('boom')
      expect(await slots.get(`${run}-gone`)).toBeNull()
    })

    test('an increment inside a transaction returns the new value and rolls back with it', async () => {
      const run = newRun()
      const slots = store.collection('c_slots')
      await slots.insert({ _id: `${run}-t`, run, n: 4 })
      const seen: Array<number | null> = []
      await expect(
        store.transaction(async (tx) => {
          seen.push(await tx.collection('c_slots').increment(`${run}-t`, 'n', 1, { max: 5 }))
          seen.push(await tx.collection('c_slots').increment(`${run}-t`, 'n', 1, { max: 5 }))
          throw new Error('boom')
        }),
      ).rejects.toThrow('boom')
      expect(seen).toEqual([5, null])
      expect(await slots.get(`${run}-t`)).toMatchObject({ n: 4, _v: 1 })
      const kept = await store.transaction((tx) => tx.collection('c_slots').increment(`${run}-t`, 'n', 2))
      expect(kept).toBe(6)
      expect(await store.transaction((tx) => tx.collection('c_slots').increment(`${run}-none`, 'n', 1))).toBeNull()
      expect(await slots.get(`${run}-t`)).toMatchObject({ n: 6, _v: 2 })
    })

    test('20 simultaneous transactions each increment a counter once: 20 distinct values, none lost', async () => {
      const run = newRun()
      await store.collection('c_slots').insert({ _id: `${run}-seq`, run, n: 0 })
      const values = await Promise.all(
        Array.from({ length: 20 }, async () => {
          for (let attempt = 0; ; attempt++) {
            try {
              return await store.transaction((tx) => tx.collection('c_slots').increment(`${run}-seq`, 'n', 1))
            } catch (error) {
              if (!isStoreConflict(error) || attempt > 50) throw error
            }
          }
        }),
      )
      expect([...values].sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
      expect(await store.collection('c_slots').get(`${run}-seq`)).toMatchObject({ n: 20 })
    })

    test('remove reports whether a document went away', async () => {
      const run = newRun()
      await items().insert({ _id: `${run}-r`, run })
      expect(await items().remove(`${run}-r`)).toBe(true)
      expect(await items().get(`${run}-r`)).toBeNull()
      expect(await items().remove(`${run}-r`)).toBe(false)
    })

    test('a transaction that throws after two writes leaves nothing behind', async () => {
      const run = newRun()
      await store.collection('c_ledger').insert({ _id: `${run}-acct`, run, balance: 100 })
      const boom = new Error('boom after two writes')
      const error = await store
        .transaction(async (tx) => {
          await tx.collection('c_ledger').patch(`${run}-acct`, { balance: 50 })
          await tx.collection('c_items').insert({ _id: `${run}-t`, run, kind: 'tx' })
          throw boom
        })
        .catch((e: unknown) => e)
      expect(error).toBe(boom)
      expect(await items().get(`${run}-t`)).toBeNull()
      expect(await store.collection('c_ledger').get(`${run}-acct`)).toMatchObject({ balance: 100, _v: 1 })
    })

    test('a committed transaction persists every write and returns the result', async () => {
      const run = newRun()
      await store.collection('c_ledger').insert({ _id: `${run}-acct`, run, balance: 100 })
      await items().insert({ _id: `${run}-old`, run })
      const result = await store.transaction(async (tx) => {
        const acct = await tx.collection('c_ledger').get(`${run}-acct`)
        expect(acct).toMatchObject({ balance: 100, _v: 1 })
        const patched = await tx
          .collection('c_ledger')
          .patch(`${run}-acct`, { balance: (acct?.balance as number) - 30 }, { expectedVersion: 1 })
        await tx.collection('c_items').insert({ _id: `${run}-new`, run, kind: 'tx' })
        expect(await tx.collection('c_items').remove(`${run}-old`)).toBe(true)
        return patched._v
      })
      expect(result).toBe(2)
      expect(await store.collection('c_ledger').get(`${run}-acct`)).toMatchObject({ balance: 70, _v: 2 })
      expect(await items().get(`${run}-new`)).toMatchObject({ kind: 'tx', _v: 1 })
      expect(await items().get(`${run}-old`)).toBeNull()
    })

    test('inside a transaction a stale version is a conflict and rolls the transaction back', async () => {
      const run = newRun()
      await store.collection('c_ledger').insert({ _id: `${run}-acct`, run, balance: 10 })
      const error = await store
        .transaction(async (tx) => {
          await tx.collection('c_items').insert({ _id: `${run}-t`, run })
          await tx.collection('c_ledger').patch(`${run}-acct`, { balance: 0 }, { expectedVersion: 7 })
        })
        .catch((e: unknown) => e)
      expect(isStoreConflict(error)).toBe(true)
      expect(await items().get(`${run}-t`)).toBeNull()
      expect(await store.collection('c_ledger').get(`${run}-acct`)).toMatchObject({ balance: 10, _v: 1 })
    })

    test('inside a transaction the store itself is off limits (only tx)', async () => {
      const run = newRun()
      const error = await store
        .transaction(async (tx) => {
          await tx.collection('c_items').insert({ _id: `${run}-in`, run })
          return items().get(`${run}-in`)
        })
        .catch((e: unknown) => e)
      if (store.kind === 'cloudbase') return // the SDK has no such limit; nothing to check
      expect(error).toBeInstanceOf(Error)
      expect((error as Error).message).toMatch(/tx\.collection/)
      expect(await items().get(`${run}-in`)).toBeNull()
    })

    test('filtering or sorting on an undeclared field is a programmer error', async () => {
      await expect(items().find({ where: { note: 'x' } })).rejects.toThrow(/declared/)
      await expect(items().count({ note: 'x' })).rejects.toThrow(/declared/)
      await expect(items().find({ orderBy: [['note', 'asc']] })).rejects.toThrow(/declared/)
      await expect(items().find({ where: { run: 'x' } })).resolves.toEqual({ items: [], nextCursor: null })
      expect(() => store.collection('c_undeclared')).toThrow(/declared/)
    })
  })
}
