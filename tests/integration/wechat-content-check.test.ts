/**
 * The real CloudBase content check (`createWechatContentCheck`) on a real store and file adapter,
 * with only WeChat's security API faked. Text: pass, block, and no openid (never passed unchecked).
 * Photos: pending (persisted 'checking' with its trace id before answering), cleared, rejected, a
 * failed request, and no openid: held and hidden, never visible.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createWechatContentCheck } from '../../cloudfunctions/_platform/content-check/wechat-security'
import { createDiskFiles } from '../../cloudfunctions/_platform/files/disk'
import type { ContentCheckPort, FilesPort, Platform } from '../../cloudfunctions/_platform/ports'
import { createStoreFromUrl } from '../../cloudfunctions/_platform/store'
import type { Store } from '../../cloudfunctions/_platform/store/port'
import { photoStates } from '../../cloudfunctions/_services/photos'
import { type FakeSecurityApi, fakeWechatSecurity } from '../support/fake-wechat-security'
import { pngOf } from '../support/images'

let store: Store
let files: FilesPort
let dir: string
let api: FakeSecurityApi
let check: ContentCheckPort

beforeAll(async () => {
  store = await createStoreFromUrl('pglite:memory')
  await store.migrate()
  dir = mkdtempSync(path.join(os.tmpdir(), 'xb-wechat-check-'))
  files = createDiskFiles({ dir, store, now: () => new Date('2026-11-23T02:00:00Z'), grantKey: 'wechat-check-test' })
})
afterAll(async () => {
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})
beforeEach(() => {
  api = fakeWechatSecurity()
  check = createWechatContentCheck({ openapi: async () => api, files, store })
})

const author = { userId: 'u-resident-a', openid: 'o-resident-a' }
const photo = async () =>
  (await files.put(new Uint8Array(pngOf(8, 8)), { mime: 'image/png', ownerId: author.userId })).fileId
const statusOf = async (fileId: string) => (await store.collection('files').get(fileId))?.status
/** what a viewer would be shown, as the views decide it on this runtime */
const shown = async (fileId: string) =>
  (await photoStates({ store, contentCheck: check } as Platform, [fileId]))[0] === 'visible'

describe('text', () => {
  test('clean text passes after one msgSecCheck v2 call with the author openid', async () => {
    expect(await check.text('楼道灯不亮，晚上看不见', author)).toEqual({ ok: true })
    expect(api.textCalls).toEqual([{ openid: 'o-resident-a', version: 2, content: '楼道灯不亮，晚上看不见' }])
  })

  test('risky text is blocked with a Chinese reason', async () => {
    const verdict = await check.text('你们这是赌博吗', author)
    expect(verdict).toEqual({ ok: false, reason: expect.stringMatching(/[\u4e00-\u9fa5]/) })
  })

  test('without an openid text is never passed unchecked: it is refused, and WeChat is not asked', async () => {
    const verdict = await check.text('楼道灯不亮', { userId: 'wx-web-user' })
    expect(verdict.ok).toBe(false)
    expect(api.textCalls).toEqual([])
  })
})

describe('photos', () => {
  test('a new photo is sent for a check, persisted as checking with its trace id, and pending; hidden meanwhile', async () => {
    const id = await photo()
    expect(await check.image(id, author)).toBe('pending')
    expect(api.mediaCalls).toEqual([
      { openid: 'o-resident-a', version: 2, mediaUrl: await files.url(id), mediaType: 2 },
    ])
    const doc = await store.collection('files').get(id)
    expect(doc).toMatchObject({ status: 'checking', traceId: expect.stringMatching(/^trace-/) })
    expect(await shown(id)).toBe(false)
    // asking again does not send it twice
    expect(await check.image(id, author)).toBe('pending')
    expect(api.mediaCalls).toHaveLength(1)
  })

  test('a cleared photo passes and is shown; a rejected one is refused and never shown', async () => {
    const cleared = await photo()
    const rejected = await photo()
    await store.collection('files').patch(cleared, { status: 'cleared' })
    await store.collection('files').patch(rejected, { status: 'rejected' })
    expect(await check.image(cleared, author)).toBe('pass')
    expect(await check.image(rejected, author)).toBe('reject')
    expect(await shown(cleared)).toBe(true)
    expect(await shown(rejected)).toBe(false)
    expect(api.mediaCalls).toEqual([])
  })

  test('a photo merely stored on this runtime is not shown: visibility is default-deny', async () => {
    const id = await photo()
    expect(await statusOf(id)).toBe('stored')
    expect(await shown(id)).toBe(false)
  })

  test('an unknown photo is refused', async () => {
    expect(await check.image('f_0000000000000000', author)).toBe('reject')
  })

  test('without an openid the photo is held: recorded unchecked, pending, hidden for good, WeChat not asked', async () => {
    const id = await photo()
    expect(await check.image(id, { userId: 'wx-web-user' })).toBe('pending')
    expect(await statusOf(id)).toBe('unchecked')
    expect(await shown(id)).toBe(false)
    expect(await check.image(id, { userId: 'wx-web-user' })).toBe('pending')
    expect(api.mediaCalls).toEqual([])
  })

  test('a failed check request leaves the photo held and hidden, not visible', async () => {
    const id = await photo()
    api.failNextMedia()
    expect(await check.image(id, author)).toBe('pending')
    expect(await statusOf(id)).toBe('unchecked')
    expect(await shown(id)).toBe(false)
  })
})
