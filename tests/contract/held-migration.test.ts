/**
 * Migration 0005 renames the held state 'submitted' → 'held' in stored orders and their timelines,
 * on the SQL stores (PGlite always; PostgreSQL when XIAOBEI_TEST_PG_URL is set).
 */
import { migrations } from '../../cloudfunctions/_platform/store/collections'
import { pgliteDriver } from '../../cloudfunctions/_platform/store/pglite'
import { createSqlStore, type SqlDriver } from '../../cloudfunctions/_platform/store/sql-store'

const before = migrations.filter((m) => m.id < '0005')

async function check(driver: SqlDriver, kind: 'pglite' | 'postgres') {
  const old = createSqlStore(driver, { kind, migrations: before })
  await old.migrate()
  const orders = old.collection('workorders')
  await orders.insert({ _id: 'wo_held', status: 'submitted', statusGroup: 'open', nextDeadline: 'x' })
  await orders.insert({ _id: 'wo_open', status: 'assigned', statusGroup: 'open', nextDeadline: 'x' })
  await old
    .collection('workorder_events')
    .insert({ _id: 'ev_1', orderId: 'wo_held', at: 'x', fromStatus: null, toStatus: 'submitted' })

  const current = createSqlStore(driver, { kind })
  expect(await current.migrate()).toEqual(migrations.filter((m) => m.id >= '0005').map((m) => m.id))
  const held = await current.collection('workorders').find({ where: { status: 'held' } })
  expect(held.items.map((o) => o._id)).toEqual(['wo_held'])
  expect(await current.collection('workorders').count({ status: 'submitted' })).toBe(0)
  expect((await current.collection('workorders').get('wo_open'))?.status).toBe('assigned')
  expect(await current.collection('workorder_events').get('ev_1')).toMatchObject({ fromStatus: null, toStatus: 'held' })
  expect(await current.migrate()).toEqual([])
}

test('PGlite: a held order stored as submitted reads as held after migrating', async () => {
  const { PGlite } = await import('@electric-sql/pglite')
  const db = await PGlite.create()
  const driver = pgliteDriver(db as never)
  try {
    await check(driver, 'pglite')
  } finally {
    await driver.close()
  }
})

const url = process.env.XIAOBEI_TEST_PG_URL
;(url ? test : test.skip)('PostgreSQL: the same migration', async () => {
  const { createPostgresStore } = await import('../../cloudfunctions/_platform/store/postgres')
  const schema = `held_${Date.now().toString(36)}`
  // the postgres adapter owns its driver; run the two lists through two stores on one schema
  const old = await createPostgresStore({ url: url!, schema, migrations: before })
  try {
    await old.migrate()
    await old.collection('workorders').insert({ _id: 'wo_held', status: 'submitted', statusGroup: 'open' })
    const current = await createPostgresStore({ url: url!, schema })
    try {
      await current.migrate()
      expect((await current.collection('workorders').get('wo_held'))?.status).toBe('held')
    } finally {
      await current.close()
    }
  } finally {
    await old.close()
  }
})
