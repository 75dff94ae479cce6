/**
 * The store contract against a real CloudBase environment, only when asked:
 * XIAOBEI_CONTRACT_CLOUDBASE=1 with TCB_ENV_ID, TCB_SECRET_ID and TCB_SECRET_KEY set
 * (`npm run test:cloudbase`). Use a test environment: the suite creates the c_* collections and
 * records its migration ids in `_migrations`; its documents are tagged by run and left in place.
 */
import { createCloudbaseStore } from '../../cloudfunctions/_platform/store/cloudbase'
import { contractMigrations, runStoreContract } from './store-contract'

const { XIAOBEI_CONTRACT_CLOUDBASE, TCB_ENV_ID, TCB_SECRET_ID, TCB_SECRET_KEY } = process.env
const enabled = XIAOBEI_CONTRACT_CLOUDBASE === '1' && TCB_ENV_ID && TCB_SECRET_ID && TCB_SECRET_KEY

if (!enabled) {
  test.skip('store contract on a live CloudBase environment did not run: needs XIAOBEI_CONTRACT_CLOUDBASE=1, TCB_ENV_ID, TCB_SECRET_ID and TCB_SECRET_KEY (npm run test:cloudbase)', () =>
    undefined)
} else {
  jest.setTimeout(120_000)
  runStoreContract(
    'cloudbase live',
    async () => {
      const tcb = require('@cloudbase/node-sdk')
      const app = tcb.init({ env: TCB_ENV_ID, secretId: TCB_SECRET_ID, secretKey: TCB_SECRET_KEY })
      return createCloudbaseStore({ app, migrations: contractMigrations })
    },
    { fresh: false },
  )
}
