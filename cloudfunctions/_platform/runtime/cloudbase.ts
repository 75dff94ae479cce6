/**
 * The CloudBase platform: document database, cloud storage, subscribe messages, WeChat content
 * security and OPENID identity. Used only inside CloudBase; @cloudbase/node-sdk and wx-server-sdk
 * are installed there from each function's package.json.
 */
import { createWechatContentCheck, type SecurityApi } from '../content-check/wechat-security'
import { type CloudStorageApp, createCloudStorageFiles } from '../files/cloud-storage'
import { createCloudbaseIdentity } from '../identity/cloudbase-openid'
import { createSubscribeMessageNotify, type OpenApi, type SubscribeTemplate } from '../notify/subscribe-message'
import type { InvocationContext, Platform } from '../ports'
import { createCloudbaseStore } from '../store/cloudbase'
import { systemClock } from './clock'

/** Set by the street in the function's environment: template key → subscribe template. */
function templatesFromEnv(raw: string | undefined): Record<string, SubscribeTemplate> {
  if (!raw) return {}
  try {
    return JSON.parse(raw) as Record<string, SubscribeTemplate>
  } catch {
    console.warn('[platform] XIAOBEI_SUBSCRIBE_TEMPLATES is not valid JSON; subscribe messages are off')
    return {}
  }
}

export async function createCloudbasePlatform(): Promise<Platform> {
  const tcb = require('@cloudbase/node-sdk')
  const app = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV })
  const store = createCloudbaseStore({ app })
  const now = () => systemClock.now()
  const files = createCloudStorageFiles({ app: app as CloudStorageApp, store, now })
  let wx: any
  const openapi = async () => {
    if (!wx) {
      wx = require('wx-server-sdk')
      wx.init({ env: wx.DYNAMIC_CURRENT_ENV })
    }
    return wx.openapi
  }
  // the first admin of a new deployment: a one-time invite from the function's environment
  if (process.env.XIAOBEI_BOOTSTRAP_CODE) {
    const { ensureBootstrapInvite } = await import('../../_services/invites')
    await store
      .migrate()
      .then(() =>
        ensureBootstrapInvite(
          store,
          { code: process.env.XIAOBEI_BOOTSTRAP_CODE, streetId: process.env.XIAOBEI_BOOTSTRAP_STREET },
          systemClock.now(),
        ),
      )
      .catch((error) => console.error('[bootstrap] failed', error))
  }
  const openidOf = (context: InvocationContext) => tcb.getCloudbaseContext(context)?.WX_OPENID as string | undefined
  return {
    runtime: 'cloudbase',
    store,
    files,
    notify: createSubscribeMessageNotify({
      store,
      now,
      openapi: openapi as () => Promise<OpenApi>,
      templates: templatesFromEnv(process.env.XIAOBEI_SUBSCRIBE_TEMPLATES),
      openidOf: async (userId) => {
        const user = await store.collection('users').get(userId)
        return typeof user?.openid === 'string' ? user.openid : undefined
      },
    }),
    contentCheck: createWechatContentCheck({ openapi: openapi as () => Promise<SecurityApi>, files, store }),
    clock: systemClock,
    identity: createCloudbaseIdentity({ store, openidOf }),
  }
}
