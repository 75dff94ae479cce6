/**
 * The store contract on PostgreSQL, when XIAOBEI_TEST_PG_URL is set: CI (.ci/run) always sets it,
 * from scripts/ci-postgres.sh. Without it this file reports one skipped test that says so, and
 * `npm test` lists it by name. Each run gets a schema of its own, dropped afterwards, so runs
 * never see each other.
 */
import { Client } from 'pg'
import { createPostgresStore } from '../../cloudfunctions/_platform/store/postgres'
import { contractMigrations, runStoreContract } from './store-contract'

const url = process.env.XIAOBEI_TEST_PG_URL

if (!url) {
  // one visible skipped test, named for what did not run and how to run it (CI always sets the URL)
  test.skip('store contract on PostgreSQL did not run: XIAOBEI_TEST_PG_URL is not set (CI sets it; `bash scripts/ci-postgres.sh` prints one)', () =>
    undefined)
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
