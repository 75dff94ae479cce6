/**
 * CloudBase identity: the caller is the WeChat OPENID the platform puts in the invocation context
 * (`tcb.getCloudbaseContext(context)`), carried on the Caller for content checks.
 *
 * The system caller is recognised from the trigger context, never from the event's shape: a web-SDK,
 * HTTP-access or custom-login call can send any body, including `{ Type: 'Timer' }`.
 * - A timer trigger: the platform marks the invocation as a trigger (`TRIGGER_SRC=timer`, or
 *   `TCB_SOURCE` starting with `wx_trigger`), no end-user id is present, and the trigger name is
 *   one this function declares in its config.json.
 * - WeChat's push of a media-check result (`Event: 'wxa_media_check'`): no end-user id of any kind
 *   (no OPENID, UNIONID, custom-login user, anonymous web user or HTTP-access context) and a source
 *   that is not a client (mini-program, devtools, HTTP API). What the push may do is bounded anyway:
 *   it carries a trace id only WeChat knows.
 * devLogin does not exist here.
 */
import type { User } from '../../../types/identity'
import type { IdentityPort, InvocationContext } from '../ports'
import type { Store, StoredDoc } from '../store/port'
import { callerOf, isActiveUser, SYSTEM_CALLER } from './caller'

/** The part of `getCloudbaseContext()` this adapter reads. */
export interface CloudbaseCallContext {
  WX_OPENID?: string
  WX_UNIONID?: string
  TCB_UUID?: string
  TCB_CUSTOM_USER_ID?: string
  TCB_ISANONYMOUS_USER?: string
  TCB_HTTP_CONTEXT?: string
  /** the call chain's sources, comma-separated: wx_client, wx_devtools, wx_http, wx_trigger, scf, … */
  TCB_SOURCE?: string
  /** 'timer' when a timer trigger started this invocation */
  TRIGGER_SRC?: string
}

/** Sources that are a person's client, never the platform. */
const CLIENT_SOURCES = new Set(['wx_client', 'wx_devtools', 'wx_localdebug', 'wx_http', 'wx_crawler'])

function hasEndUser(ctx: CloudbaseCallContext): boolean {
  return Boolean(
    ctx.WX_OPENID ||
      ctx.WX_UNIONID ||
      ctx.TCB_UUID ||
      ctx.TCB_CUSTOM_USER_ID ||
      ctx.TCB_HTTP_CONTEXT ||
      ctx.TCB_ISANONYMOUS_USER === 'true',
  )
}

/** The first source of the chain: who started it. */
function originOf(ctx: CloudbaseCallContext): string {
  return (ctx.TCB_SOURCE ?? '').split(',')[0]?.trim() ?? ''
}

export function isSystemInvocation(event: unknown, ctx: CloudbaseCallContext, timers: readonly string[]): boolean {
  if (hasEndUser(ctx)) return false
  const e = typeof event === 'object' && event !== null ? (event as Record<string, unknown>) : {}
  const origin = originOf(ctx)
  const byTimer = ctx.TRIGGER_SRC === 'timer' || origin === 'wx_trigger'
  if (byTimer) return e.Type === 'Timer' && typeof e.TriggerName === 'string' && timers.includes(e.TriggerName)
  return e.Event === 'wxa_media_check' && !CLIENT_SOURCES.has(origin) && origin !== 'scf'
}

export function createCloudbaseIdentity(options: {
  store: Store
  /** `tcb.getCloudbaseContext(context)` */
  contextOf: (context: InvocationContext) => CloudbaseCallContext
  /** the timer triggers this function declares (its config.json) */
  timers: readonly string[]
}): IdentityPort {
  const { store, contextOf, timers } = options
  return {
    async identify(event: unknown, context: InvocationContext) {
      const ctx = contextOf(context) ?? {}
      const openid = ctx.WX_OPENID
      if (!openid) return isSystemInvocation(event, ctx, timers) ? SYSTEM_CALLER : null
      const page = await store.collection<User & StoredDoc>('users').find({ where: { openid }, limit: 1 })
      const user = page.items[0]
      if (user) return isActiveUser(user) ? { ...callerOf(user), openid } : null
      // a WeChat user who has not bound an address yet is a resident without one
      return { userId: `wx:${openid}`, name: '居民', kind: 'resident', roles: ['resident'], scopes: [], openid }
    },
  }
}
