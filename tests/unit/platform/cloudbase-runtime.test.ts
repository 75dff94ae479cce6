/**
 * The CloudBase platform (`createCloudbasePlatform`) on the real @cloudbase/node-sdk pointed at the
 * request recorder. CloudBase creates no collection on first use, so the platform migrates the
 * store before it is ready: once per cold start (the provider builds one platform per instance), and
 * a failed migration fails the start instead of serving a store without its collections.
 */
import path from 'node:path'
import { createCloudbasePlatform, timerTriggersIn } from '../../../cloudfunctions/_platform/runtime/cloudbase'
import { CLOUDBASE_MIGRATIONS_COLLECTION } from '../../../cloudfunctions/_platform/store/cloudbase'
import { declaredCollections, migrations } from '../../../cloudfunctions/_platform/store/collections'
import { type Recorder, startRecorder } from '../../contract/cloudbase-recorder'
import { fakeWechatSecurity } from '../../support/fake-wechat-security'

const ROOT = path.resolve(__dirname, '..', '..', '..')
process.env.TENCENTCLOUD = 'true' // skip the SDK's metadata probe off the cloud (see cloudbase-wire.test.ts)
const tcb = require('@cloudbase/node-sdk')

let rec: Recorder
beforeAll(async () => {
  rec = await startRecorder()
})
afterAll(async () => rec.close())
beforeEach(() => rec.reset())

const subscribed: Array<{ touser: string; templateId: string }> = []

function platformOn(recorder: Recorder) {
  const app = tcb.init({ env: 'xiaobei-runtime', secretId: 'x', secretKey: 'y', serviceUrl: recorder.url })
  const wechat = {
    ...fakeWechatSecurity(),
    subscribeMessage: {
      send: async (args: { touser: string; templateId: string }) => {
        subscribed.push({ touser: args.touser, templateId: args.templateId })
        return {}
      },
    },
  }
  return createCloudbasePlatform({
    app,
    contextOf: () => ({ WX_OPENID: 'o-resident', TCB_SOURCE: 'wx_client' }),
    openapi: async () => wechat,
    timers: ['sweep'],
    env: {
      XIAOBEI_SUBSCRIBE_TEMPLATES: JSON.stringify({
        'workorder.resolved': { templateId: 't-1', fields: { thing1: 'title' } },
      }),
    },
  })
}

const created = () =>
  rec.requests.filter((r) => r.action === 'database.addCollection').map((r) => String(r.body.collectionName))

test('the platform is ready only after every declared collection exists and each migration is recorded', async () => {
  const platform = await platformOn(rec)
  expect(platform.runtime).toBe('cloudbase')
  expect(new Set(created())).toEqual(new Set([CLOUDBASE_MIGRATIONS_COLLECTION, ...declaredCollections().keys()]))
  const recorded = rec.requests
    .filter((r) => r.action === 'database.insertDocument' && r.body.collectionName === CLOUDBASE_MIGRATIONS_COLLECTION)
    .map((r) => r.body.data as Array<{ _id: string }> | { _id: string })
    .flatMap((d) => (Array.isArray(d) ? d : [d]).map((x) => x._id))
  expect(recorded).toEqual(migrations.map((m) => m.id))
})

test('once per cold start: calls on a built platform never migrate again', async () => {
  const platform = await platformOn(rec)
  rec.reset()
  await platform.store.collection('workorders').get('wo_1')
  await platform.identity.identify({ action: 'mine' }, {})
  await platform.store.collection('users').find({ where: { openid: 'o-resident' }, limit: 1 })
  expect(created()).toEqual([])
  expect(rec.requests.map((r) => r.body.collectionName)).not.toContain(CLOUDBASE_MIGRATIONS_COLLECTION)
})

test('an instance that finds every migration recorded creates no collection and records nothing again', async () => {
  rec.queue('database.getDocument', rec.docs(...migrations.map((m) => ({ _id: m.id, appliedAt: 'earlier' }))))
  await platformOn(rec)
  expect(created()).toEqual([CLOUDBASE_MIGRATIONS_COLLECTION])
  expect(
    rec.requests.filter(
      (r) => r.action === 'database.insertDocument' && r.body.collectionName === CLOUDBASE_MIGRATIONS_COLLECTION,
    ),
  ).toEqual([])
})

test('a failed migration fails the start, so the next invocation builds the platform again', async () => {
  rec.queue('database.addCollection', { code: 'SYS_ERR', message: 'service unavailable' })
  await expect(platformOn(rec)).rejects.toThrow(/service unavailable|SYS_ERR/)
})

test('the caller carries the openid of the invocation context', async () => {
  const platform = await platformOn(rec)
  expect(await platform.identity.identify({ action: 'mine' }, {})).toMatchObject({ openid: 'o-resident' })
})

test('the timer triggers a function declares come from its config.json; a folder without one declares none', () => {
  expect(timerTriggersIn(`${ROOT}/cloudfunctions/workorder`)).toEqual(['sweep'])
  expect(timerTriggersIn(`${ROOT}/cloudfunctions/report`)).toEqual([])
})

test('a resident who has not bound an address (no users document) still gets subscribe messages', async () => {
  const platform = await platformOn(rec)
  subscribed.length = 0
  await platform.notify.send({ toUserId: 'wx:o-unbound', template: 'workorder.resolved', title: '已办结', body: '' })
  expect(subscribed).toEqual([{ touser: 'o-unbound', templateId: 't-1' }])
})
