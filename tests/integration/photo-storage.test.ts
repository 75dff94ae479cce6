/**
 * Photos on the host: served with the type their bytes show and `nosniff` (an image/HTML polyglot
 * is never a page); at most UPLOAD_QUOTA a day per person (RATE_LIMITED); a photo nothing took in
 * is deleted a day later, a photo an order took in is kept.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { createManualClock } from '../../cloudfunctions/_platform/runtime/clock'
import { PERSONA_USERS } from '../../cloudfunctions/_seed/street'
import { UPLOAD_QUOTA } from '../../cloudfunctions/_services/files'
import { pngOf } from '../support/images'
import { reportOf } from '../support/report-helpers'
import { startTestHost, type TestHost } from '../support/test-host'

const HOUR = 60 * 60 * 1000
const clock = createManualClock(new Date('2026-11-02T02:00:00Z'))
let host: TestHost

beforeAll(async () => {
  host = await startTestHost({ clock })
}, 180_000)
afterAll(async () => host.close())

async function upload(token: string, bytes: Buffer, type = 'image/png') {
  const res = await fetch(`${host.url}/api/_upload`, {
    method: 'POST',
    headers: { 'content-type': type, authorization: `Bearer ${token}` },
    body: new Uint8Array(bytes),
  })
  return { status: res.status, body: await res.json() }
}

const onDisk = (fileId: string) => existsSync(path.resolve('.data', `uploads-mem-${process.pid}`, fileId))

test('a polyglot is served as the image its bytes start with, with nosniff, whatever type was recorded', async () => {
  const token = await host.login('resident-c')
  const polyglot = Buffer.concat([pngOf(1, 1), Buffer.from('<html><script>alert(document.cookie)</script></html>')])
  const gifScript = Buffer.from(`GIF89a=1;alert(document.cookie)//${' '.repeat(16)}`)
  for (const [bytes, mime] of [
    [polyglot, 'image/png'],
    [gifScript, 'image/gif'],
  ] as const) {
    const { body } = await upload(token, bytes, 'text/html')
    expect(body.ok).toBe(true)
    // even if the record says otherwise, the bytes decide
    await host.platform.store.collection('files').patch(body.data.fileId, { mime: 'text/html' })
    const res = await fetch(`${host.url}${body.data.url}`, { headers: { authorization: `Bearer ${token}` } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe(mime)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'")
  }
})

test(`more than ${UPLOAD_QUOTA.files} photos a day is RATE_LIMITED, and nothing is stored`, async () => {
  const token = await host.login('resident-b')
  const png = pngOf(2, 2)
  for (let i = 0; i < UPLOAD_QUOTA.files; i++) expect((await upload(token, png)).status).toBe(200)
  const files = host.platform.store.collection('files')
  const before = await files.count()
  const over = await upload(token, png)
  expect(over.status).toBe(429)
  expect(over.body).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
  expect(await files.count()).toBe(before)
  // another resident is not affected
  expect((await upload(await host.login('grid-worker'), png)).status).toBe(200)
  // a day later the quota is free again
  clock.advance(24 * HOUR + 1000)
  expect((await upload(token, png)).status).toBe(200)
})

test(`${UPLOAD_QUOTA.bytes / 1024 / 1024} MB a day is RATE_LIMITED too`, async () => {
  const token = await host.login('street-admin')
  const ownerId = PERSONA_USERS.find((u) => u.persona === 'street-admin')?._id as string
  const files = host.platform.store.collection('files')
  // what the day's uploads so far weigh: ten photos of 20 MB each
  for (let i = 0; i < 10; i++) {
    await files.insert({
      _id: `f_quota${String(i).padStart(11, '0')}`,
      mime: 'image/png',
      size: 20 * 1024 * 1024,
      ownerId,
      status: 'stored',
      createdAt: clock.now().toISOString(),
    })
  }
  const over = await upload(token, pngOf(1, 1))
  expect([over.status, over.body.error?.code]).toEqual([429, 'RATE_LIMITED'])
})

test('a photo nothing took in is deleted after a day; one an order took in is kept', async () => {
  const cleanup = async () => {
    const reply = await host.trigger('files', 'cleanup')
    if (!reply.ok) throw new Error(JSON.stringify(reply))
    return reply.data as { removed: number }
  }
  await cleanup() // the first run only marks where cleaning starts
  clock.advance(1000)
  const token = await host.login('resident-a')
  const kept = (await upload(token, pngOf(3, 3))).body.data.fileId as string
  const dropped = (await upload(token, pngOf(4, 4))).body.data.fileId as string
  await host.ok('report', 'submit', reportOf({ photos: [kept] }), token)

  clock.advance(23 * HOUR)
  const young = (await upload(token, pngOf(5, 5))).body.data.fileId as string
  expect((await cleanup()).removed).toBe(0)

  clock.advance(1 * HOUR + 1000)
  expect((await cleanup()).removed).toBe(1)
  const files = host.platform.store.collection('files')
  expect(await files.get(dropped)).toBeNull()
  expect(onDisk(dropped)).toBe(false)
  expect(await files.get(kept)).not.toBeNull()
  expect(onDisk(kept)).toBe(true)
  expect(await files.get(young)).not.toBeNull()

  // the young one goes when its day is up, unless something took it in
  clock.advance(23 * HOUR)
  expect((await cleanup()).removed).toBe(1)
  expect(await files.get(young)).toBeNull()
  expect(await files.get(kept)).not.toBeNull()
})
