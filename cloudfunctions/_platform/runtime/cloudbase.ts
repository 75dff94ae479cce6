/**
 * The CloudBase platform: document database, cloud storage, subscribe messages, WeChat content
 * security and OPENID identity. Used only inside CloudBase; @cloudbase/node-sdk and wx-server-sdk
 * are installed there from each function's package.json. Tests pass an `app` pointed at a recorder.
 *
 * CloudBase creates no collection on first use, so the store is migrated here, once per cold start:
 * the provider builds this platform once per instance, and the platform is ready only after it.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { createWechatContentCheck, type SecurityApi } from '../content-check/wechat-security'
import { type CloudStorageApp, createCloudStorageFiles } from '../files/cloud-storage'
import { cjkFontFrom } from '../fonts/cjk-font'
import { type CloudbaseCallContext, createCloudbaseIdentity } from '../identity/cloudbase-openid'
import { createSubscribeMessageNotify, type OpenApi, templatesFromEnv } from '../notify/subscribe-message'
import type { InvocationContext, Platform } from '../ports'
import { certificateKeys } from '../signing/ed25519'
import { type CloudbaseApp, createCloudbaseStore } from '../store/cloudbase'
import { type CloudOpenApi, createOpenApiWechat } from '../wechat/openapi'
import { systemClock } from './clock'

/** The timer triggers a deployed function declares: its config.json, beside the bundle. */
export function timerTriggersIn(dir: string): string[] {
  try {
    const config = JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8')) as {
      triggers?: Array<{ name?: unknown; type?: unknown }>
    }
    return (config.triggers ?? [])
      .filter((t) => t.type === 'timer' && typeof t.name === 'string')
      .map((t) => String(t.name))
  } catch {
    return []
  }
}

export interface CloudbasePlatformOptions {
  /** `tcb.init(...)`; default the current environment */
  app?: CloudbaseApp & CloudStorageApp
  /** `tcb.getCloudbaseContext`; default the SDK's */
  contextOf?: (context: InvocationContext) => CloudbaseCallContext
  /** wx-server-sdk's openapi; default loaded lazily inside CloudBase */
  openapi?: () => Promise<SecurityApi & OpenApi & Partial<CloudOpenApi>>
  /** default the function's config.json */
  timers?: readonly string[]
  env?: NodeJS.ProcessEnv
}

export async function createCloudbasePlatform(options: CloudbasePlatformOptions = {}): Promise<Platform> {
  const env = options.env ?? process.env
  let tcb: any
  const sdk = () => {
    tcb ??= require('@cloudbase/node-sdk')
    return tcb
  }
  const app = options.app ?? sdk().init({ env: sdk().SYMBOL_CURRENT_ENV })
  const store = createCloudbaseStore({ app })
  await store.migrate()
  // the first admin of a new deployment: a one-time invite from the function's environment
  if (env.XIAOBEI_BOOTSTRAP_CODE) {
    const { ensureBootstrapInvite } = await import('./bootstrap-invite')
    await ensureBootstrapInvite(
      store,
      { code: env.XIAOBEI_BOOTSTRAP_CODE, streetId: env.XIAOBEI_BOOTSTRAP_STREET },
      systemClock.now(),
    ).catch((error) => console.error('[bootstrap] failed', error))
  }
  const now = () => systemClock.now()
  const files = createCloudStorageFiles({ app, store, now })
  let wx: any
  const openapi =
    options.openapi ??
    (async () => {
      if (!wx) {
        wx = require('wx-server-sdk')
        wx.init({ env: wx.DYNAMIC_CURRENT_ENV })
      }
      return wx.openapi as CloudOpenApi
    })
  const contextOf =
    options.contextOf ?? ((context: InvocationContext) => sdk().getCloudbaseContext(context) as CloudbaseCallContext)
  return {
    runtime: 'cloudbase',
    store,
    files,
    notify: createSubscribeMessageNotify({
      store,
      now,
      openapi,
      templates: templatesFromEnv(env.XIAOBEI_SUBSCRIBE_TEMPLATES),
      openidOf: async (userId) => {
        // a WeChat user who has not bound an address has no users document: the id carries the openid
        if (userId.startsWith('wx:')) return userId.slice(3)
        const user = await store.collection('users').get(userId)
        return typeof user?.openid === 'string' ? user.openid : undefined
      },
    }),
    contentCheck: createWechatContentCheck({ openapi, files, store }),
    clock: systemClock,
    identity: createCloudbaseIdentity({ store, contextOf, timers: options.timers ?? timerTriggersIn(__dirname) }),
    // the phone-number button (household.phoneFromWechat) through cloud.openapi
    wechat: createOpenApiWechat(openapi),
    // the function's environment variables are CloudBase's secret store; without them issuing refuses
    ...certificateKeys({ signingKey: env.XIAOBEI_SIGNING_KEY, dataKey: env.XIAOBEI_DATA_KEY }),
    // no system fonts on CloudBase: a font file shipped in the function folder, named by the environment
    cjkFont: cjkFontFrom(env.XIAOBEI_CJK_FONT, __dirname),
  }
}
