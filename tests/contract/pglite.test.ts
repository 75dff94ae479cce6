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
