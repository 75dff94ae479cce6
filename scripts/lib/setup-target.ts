/**
 * Where `npm run setup` writes: CloudBase when TCB_ENV_ID is set (through @cloudbase/node-sdk with
 * TCB_SECRET_ID and TCB_SECRET_KEY), else the store `npm start` uses: XIAOBEI_STORE_URL (or
 * DATABASE_URL) for PostgreSQL, else PGlite in XIAOBEI_DATA_DIR (default .data).
 */
import { createLocalPlatform } from '../../cloudfunctions/_platform/runtime/local'
import { createCloudbaseStore } from '../../cloudfunctions/_platform/store/cloudbase'
import type { Store } from '../../cloudfunctions/_platform/store/port'

export interface SetupTarget {
  /** e.g. 'CloudBase 环境 xiaobei-prod' */
  label: string
  store: Store
  close(): Promise<void>
}

export async function openSetupTarget(
  env: NodeJS.ProcessEnv = process.env,
  /** tests: the CloudBase API endpoint (a local recorder) */
  options: { serviceUrl?: string } = {},
): Promise<SetupTarget> {
  const envId = env.TCB_ENV_ID?.trim()
  if (envId) {
    const secretId = env.TCB_SECRET_ID?.trim()
    const secretKey = env.TCB_SECRET_KEY?.trim()
    if (!secretId || !secretKey)
      throw new Error('写入 CloudBase 需要 TCB_SECRET_ID 和 TCB_SECRET_KEY（腾讯云 API 密钥）')
    const tcb = require('@cloudbase/node-sdk')
    const app = tcb.init({
      env: envId,
      secretId,
      secretKey,
      ...(options.serviceUrl ? { serviceUrl: options.serviceUrl } : {}),
    })
    const store = createCloudbaseStore({ app })
    return { label: `CloudBase 环境 ${envId}`, store, close: () => store.close() }
  }
  const storeUrl = env.XIAOBEI_STORE_URL || env.DATABASE_URL || undefined
  const platform = await createLocalPlatform({
    storeUrl,
    dataDir: env.XIAOBEI_DATA_DIR || undefined,
    demo: false,
    wechat: null,
  })
  return {
    label: storeUrl?.startsWith('postgres') ? 'PostgreSQL' : `PGlite（${env.XIAOBEI_DATA_DIR || '.data'}）`,
    store: platform.store,
    async close() {
      await platform.store.close()
      platform.lock?.release()
    },
  }
}
