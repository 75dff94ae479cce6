/**
 * The store contract on PostgreSQL, when XIAOBEI_TEST_PG_URL is set (scripts/ci-postgres.sh
 * starts one). Each run gets a schema of its own, dropped afterwards, so runs never see each other.
 */
import { Client } from 'pg'
import { createPostgresStore } from '../../cloudfunctions/_platform/store/postgres'
import { contractMigrations, runStoreContract } from './store-contract'

const url = process.env.XIAOBEI_TEST_PG_URL

if (!url) {
  console.log('[contract] postgres: skipped, XIAOBEI_TEST_PG_URL is not set (bash scripts/ci-postgres.sh prints one)')
  describe.skip('store contract: postgres (XIAOBEI_TEST_PG_URL not set)', () => {
    test('skipped', () => undefined)
  })
} else {
  const schema = `contract_${process.pid}_${Date.now().toString(36)}`
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: url })
    await client.connect()
    try {
      await client.query(sql)
    } finally {
      await client.end()
    }
  }

  afterAll(async () => {
    await admin(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
  })

  runStoreContract('postgres', () => createPostgresStore({ url, schema, migrations: contractMigrations }), {
    fresh: true,
  })

  test('two stores migrating at once: each migration is applied exactly once', async () => {
    const racing = `${schema}_race`
    const stores = await Promise.all(
      [0, 1, 2].map(() => createPostgresStore({ url, schema: racing, migrations: contractMigrations })),
    )
    try {
      const applied = await Promise.all(stores.map((s) => s.migrate()))
      expect(applied.flat().sort()).toEqual(['c0001_items', 'c0002_ledger'])
    } finally {
      await Promise.all(stores.map((s) => s.close()))
      await admin(`DROP SCHEMA IF EXISTS "${racing}" CASCADE`)
    }
  })
}
