/**
 * CloudBase identity (`createCloudbaseIdentity`) decides who is calling from the invocation
 * context. The system caller comes from the trigger context alone: a web-SDK, HTTP-access or
 * custom-login call that sends a timer- or push-shaped body is not the system. A mini-program caller
 * carries its openid. The store is the real CloudBase adapter on the SDK, pointed at a recorder.
 */
import {
  type CloudbaseCallContext,
  createCloudbaseIdentity,
} from '../../../cloudfunctions/_platform/identity/cloudbase-openid'
import { createCloudbaseStore } from '../../../cloudfunctions/_platform/store/cloudbase'
import { type Recorder, startRecorder } from '../../contract/cloudbase-recorder'

process.env.TENCENTCLOUD = 'true' // skip the SDK's metadata probe off the cloud (see cloudbase-wire.test.ts)
const tcb = require('@cloudbase/node-sdk')

let rec: Recorder
let identify: (
  event: unknown,
  ctx: CloudbaseCallContext,
) => ReturnType<ReturnType<typeof createCloudbaseIdentity>['identify']>

beforeAll(async () => {
  rec = await startRecorder()
  const app = tcb.init({ env: 'xiaobei-identity', secretId: 'x', secretKey: 'y', serviceUrl: rec.url })
  const store = createCloudbaseStore({ app })
  identify = (event, ctx) =>
    createCloudbaseIdentity({ store, contextOf: () => ctx, timers: ['sweep'] }).identify(event, {})
})
afterAll(async () => rec.close())
beforeEach(() => rec.reset())

const TIMER = { Type: 'Timer', TriggerName: 'sweep', Time: '2026-11-23T02:00:00Z' }
const PUSH = { Event: 'wxa_media_check', MsgType: 'event', trace_id: 't-1', result: { suggest: 'pass' } }

describe('the system caller', () => {
  test.each<[string, CloudbaseCallContext, unknown]>([
    ['a timer trigger (TRIGGER_SRC=timer)', { TRIGGER_SRC: 'timer' }, TIMER],
    ['a timer trigger (TCB_SOURCE=wx_trigger)', { TCB_SOURCE: 'wx_trigger' }, TIMER],
    ["WeChat's media-check push (no end-user id, not a client)", {}, PUSH],
  ])('is %s', async (_, ctx, event) => {
    expect(await identify(event, ctx)).toMatchObject({ kind: 'system', roles: ['system'] })
  })

  test.each<[string, CloudbaseCallContext, unknown]>([
    ['a web-SDK anonymous call with a timer body', { TCB_UUID: 'anon-1', TCB_ISANONYMOUS_USER: 'true' }, TIMER],
    ['a web-SDK call with no user id at all and a timer body', {}, TIMER],
    ['a web-SDK custom-login call with a timer body', { TCB_CUSTOM_USER_ID: 'someone' }, TIMER],
    ['an HTTP-access call with a timer body', { TCB_HTTP_CONTEXT: '{"path":"/workorder"}' }, TIMER],
    ['an HTTP API call with a timer body', { TCB_SOURCE: 'wx_http' }, TIMER],
    [
      'a timer trigger naming a trigger this function does not declare',
      { TRIGGER_SRC: 'timer' },
      { ...TIMER, TriggerName: 'purge' },
    ],
    ['a timer context with an end-user id', { TRIGGER_SRC: 'timer', TCB_CUSTOM_USER_ID: 'someone' }, TIMER],
    ['a timer context with an action body', { TRIGGER_SRC: 'timer' }, { action: 'sweep', data: {} }],
    ['a web-SDK anonymous call with a push body', { TCB_UUID: 'anon-1', TCB_ISANONYMOUS_USER: 'true' }, PUSH],
    ['an HTTP-access call with a push body', { TCB_HTTP_CONTEXT: '{}' }, PUSH],
    ['a mini-program source with a push body and no openid', { TCB_SOURCE: 'wx_client' }, PUSH],
    ['another function relaying a push body', { TCB_SOURCE: 'scf' }, PUSH],
    ['a plain action with no user id', {}, { action: 'sweep', data: {} }],
  ])('is NOT %s: anonymous, and the store is not asked', async (_, ctx, event) => {
    expect(await identify(event, ctx)).toBeNull()
    expect(rec.requests).toEqual([])
  })

  test('a mini-program caller with a timer body is that resident, never the system', async () => {
    const caller = await identify(TIMER, { WX_OPENID: 'o-resident', TCB_SOURCE: 'wx_client' })
    expect(caller).toMatchObject({ kind: 'resident', roles: ['resident'], openid: 'o-resident' })
  })
})

describe('a WeChat caller', () => {
  test('without a users document is a resident with no address, carrying its openid', async () => {
    const caller = await identify({ action: 'mine' }, { WX_OPENID: 'o-new', TCB_SOURCE: 'wx_client' })
    expect(caller).toEqual({
      userId: 'wx:o-new',
      name: '居民',
      kind: 'resident',
      roles: ['resident'],
      scopes: [],
      openid: 'o-new',
    })
    expect(rec.requests.map((r) => [r.action, r.body.collectionName, r.body.query])).toEqual([
      ['database.getDocument', 'users', { openid: 'o-new' }],
    ])
  })

  test('with a users document acts as that user (staff roles from scopes) and carries the openid from the context', async () => {
    rec.queue(
      'database.getDocument',
      rec.docs({
        _id: 'u-ps',
        _v: 1,
        kind: 'staff',
        name: '物业小李',
        openid: 'o-ps',
        scopes: [{ role: 'property_staff', orgId: 'pc-1' }],
      }),
    )
    const caller = await identify({ action: 'inbox' }, { WX_OPENID: 'o-ps', TCB_SOURCE: 'wx_client' })
    expect(caller).toMatchObject({ userId: 'u-ps', kind: 'staff', roles: ['property_staff'], openid: 'o-ps' })
  })
})
