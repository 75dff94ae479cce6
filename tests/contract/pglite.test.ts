/** The store contract on PGlite (in memory), always. */
import { migrations } from '../../cloudfunctions/_platform/store/collections'
import { createPgliteStore } from '../../cloudfunctions/_platform/store/pglite'
import { contractMigrations, runStoreContract } from './store-contract'

runStoreContract('pglite', () => createPgliteStore({ migrations: contractMigrations }), { fresh: true })

test('createStoreFromUrl opens PGlite in memory with the real migrations', async () => {
  const { createStoreFromUrl } = await import('../../cloudfunctions/_platform/store')
  const store = await createStoreFromUrl('pglite:memory')
  try {
    expect(store.kind).toBe('pglite')
    expect(await store.migrate()).toEqual(migrations.map((m) => m.id))
    expect(await store.migrate()).toEqual([])
    const orders = store.collection('workorders')
    await orders.insert({ _id: 'wo1', status: 'new', statusGroup: 'open', nextDeadline: '2026-11-23T10:00:00Z' })
    const page = await orders.find({ where: { statusGroup: 'open' }, orderBy: [['nextDeadline', 'asc']] })
    expect(page.items.map((d) => d._id)).toEqual(['wo1'])
  } finally {
    await store.close()
  }
})

test('the PGlite driver: named statements survive errors, eviction and rolled-back transactions', async () => {
  const { PGlite } = await import('@electric-sql/pglite')
  const { pgliteDriver } = await import('../../cloudfunctions/_platform/store/pglite')
  const db = await PGlite.create()
  const driver = pgliteDriver(db)
  try {
    await driver.query('CREATE TABLE t (id text PRIMARY KEY, n integer NOT NULL)')
    // a bad value fails at bind; the statement stays prepared and works with a good one
    const cast = 'SELECT $1::integer + 1 AS n'
    await expect(driver.query(cast, ['x'])).rejects.toMatchObject({ code: '22P02' })
    expect(await driver.query(cast, [41])).toEqual([{ n: 42 }])
    // a statement that does not parse is never kept
    await expect(driver.query('SELEC $1::integer', [1])).rejects.toMatchObject({ code: '42601' })
    await expect(driver.query('SELEC $1::integer', [1])).rejects.toMatchObject({ code: '42601' })
    // more distinct statements than the session keeps: the oldest are closed, each still answers
    for (let round = 0; round < 2; round++) {
      for (let k = 0; k < 250; k++) {
        expect(await driver.query(`SELECT $1::integer + ${k} AS n`, [round])).toEqual([{ n: round + k }])
      }
    }
    // a failed transaction rolls back and leaves the session usable
    const insert = 'INSERT INTO t (id, n) VALUES ($1::text, $2::integer)'
    await expect(
      driver.transaction(async (tx) => {
        await tx.query(insert, ['a', 1])
        await tx.query(insert, ['a', 2]) // duplicate key
      }),
    ).rejects.toMatchObject({ code: '23505' })
    expect(await driver.query('SELECT count(*)::int AS c FROM t')).toEqual([{ c: 0 }])
    await driver.transaction(async (tx) => {
      await tx.query(insert, ['a', 1])
      await tx.query(insert, ['b', 2])
    })
    expect(await driver.query('SELECT id, n FROM t WHERE n >= $1::integer ORDER BY id', [1])).toEqual([
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
    ])
    // a transaction whose first statement does not parse rolls back; one without statements is nothing
    await expect(
      driver.transaction(async (tx) => {
        await tx.query('INSER INTO t (id, n) VALUES ($1::text, $2::integer)', ['c', 3])
      }),
    ).rejects.toMatchObject({ code: '42601' })
    expect(await driver.transaction(async () => 'nothing')).toBe('nothing')
    expect(db.isInTransaction()).toBe(false)
    // a table changed under a prepared statement: it is planned again
    await driver.query('ALTER TABLE t ADD COLUMN m integer')
    expect(await driver.query('SELECT id, n FROM t WHERE n >= $1::integer ORDER BY id', [2])).toEqual([
      { id: 'b', n: 2 },
    ])
  } finally {
    await driver.close()
  }
})
