/**
 * CloudBase notifications (`createSubscribeMessageNotify`): every message is recorded in the outbox;
 * a subscribe message goes out only for a configured template and a recipient with an openid, with
 * each field cut to WeChat's 20 characters; a refused send never fails the action that notified.
 * The store is the real CloudBase adapter on the SDK, pointed at the recorder; WeChat's API is faked.
 */
import { createSubscribeMessageNotify, type OpenApi } from '../../../cloudfunctions/_platform/notify/subscribe-message'
import { createCloudbaseStore } from '../../../cloudfunctions/_platform/store/cloudbase'
import { type Recorder, startRecorder } from '../../contract/cloudbase-recorder'

process.env.TENCENTCLOUD = 'true' // skip the SDK's metadata probe off the cloud (see cloudbase-wire.test.ts)
const tcb = require('@cloudbase/node-sdk')

type Sent = Parameters<OpenApi['subscribeMessage']['send']>[0]
let rec: Recorder
let sent: Sent[]
let refuse: boolean
const openids: Record<string, string> = { 'u-resident-a': 'o-resident-a' }

function notifier() {
  const app = tcb.init({ env: 'xiaobei-notify', secretId: 'x', secretKey: 'y', serviceUrl: rec.url })
  return createSubscribeMessageNotify({
    store: createCloudbaseStore({ app }),
    now: () => new Date('2026-11-23T02:00:00Z'),
    openapi: async () => ({
      subscribeMessage: {
        async send(args) {
          if (refuse) throw Object.assign(new Error('errcode 43101: user refuse to accept the msg'), { errCode: 43101 })
          sent.push(args)
          return {}
        },
      },
    }),
    templates: {
      'workorder.resolved': {
        templateId: 'tmpl-resolved',
        fields: { thing1: 'title', thing2: 'body', character_string3: 'number' },
      },
    },
    openidOf: async (userId) => openids[userId],
  })
}

beforeAll(async () => {
  rec = await startRecorder()
})
afterAll(async () => rec.close())
beforeEach(() => {
  rec.reset()
  sent = []
  refuse = false
  jest.spyOn(console, 'warn').mockImplementation(() => undefined)
})
afterEach(() => jest.restoreAllMocks())

const message = (over: Record<string, unknown> = {}) => ({
  toUserId: 'u-resident-a',
  template: 'workorder.resolved',
  title: '报事 HB20261123001 已办结',
  body: '请查看处理结果，确认并评价。处理人已上传处理后照片，如有问题可申请重办',
  page: 'pages/report/detail/index?id=wo_1',
  data: { number: 'HB20261123001' },
  ...over,
})
const outboxWrites = () =>
  rec.requests.filter((r) => r.action === 'database.insertDocument' && r.body.collectionName === 'outbox')

test('a configured template to a recipient with an openid is sent, each field at most 20 characters', async () => {
  await notifier().send(message())
  expect(sent).toEqual([
    {
      touser: 'o-resident-a',
      templateId: 'tmpl-resolved',
      page: 'pages/report/detail/index?id=wo_1',
      data: {
        thing1: { value: '报事 HB20261123001 已办结' },
        thing2: { value: '请查看处理结果，确认并评价。处理人已上传' },
        character_string3: { value: 'HB20261123001' },
      },
    },
  ])
  for (const field of Object.values(sent[0].data)) expect(field.value.length).toBeLessThanOrEqual(20)
  expect(outboxWrites()).toHaveLength(1)
})

test('no template for the key: recorded, nothing sent', async () => {
  await notifier().send(message({ template: 'workorder.rated' }))
  expect(sent).toEqual([])
  expect(outboxWrites()).toHaveLength(1)
})

test('a recipient without an openid: recorded, nothing sent', async () => {
  await notifier().send(message({ toUserId: 'u-staff-without-wechat' }))
  expect(sent).toEqual([])
  expect(outboxWrites()).toHaveLength(1)
})

test('WeChat refusing the send (quota used, unsubscribed) never fails the action that notified', async () => {
  refuse = true
  await expect(notifier().send(message())).resolves.toBeUndefined()
  expect(outboxWrites()).toHaveLength(1)
})
