/**
 * Photos are served only to whoever may see them (U1): the reporter, staff in scope of the order,
 * and followers only for staff photos. An <Image> cannot send a token, so views mint short-lived
 * signed URLs for the caller they serve; without a grant the route asks for a bearer token and then
 * serves only the uploader. Refusals carry no bytes. Expiry is judged by the injected clock.
 */
import { FILE_GRANT_STEP_MS, FILE_GRANT_TTL_MS } from '../../cloudfunctions/_core/privacy'
import { createManualClock } from '../../cloudfunctions/_platform/runtime/clock'
import { otherResidents, otherStaff } from '../../cloudfunctions/_seed/street'
import { pngOf } from '../support/images'
import { onlyPersonaOnDutyAtBotai, reportOf, uploadPng } from '../support/report-helpers'
import { startTestHost, type TestHost } from '../support/test-host'

const clock = createManualClock(new Date('2026-11-23T02:00:00Z'))
let host: TestHost
const token: Record<string, string> = {}
let orderId: string
let reporterPhoto: string
let staffPhoto: string
const PNG = pngOf(8, 8)

async function get(url: string, bearer?: string) {
  const res = await fetch(url.startsWith('http') ? url : `${host.url}${url}`, {
    headers: bearer ? { authorization: `Bearer ${bearer}` } : {},
  })
  const bytes = Buffer.from(await res.arrayBuffer())
  return { status: res.status, bytes, isPng: bytes.subarray(0, 8).equals(PNG.subarray(0, 8)) }
}
const fileUrl = (id: string, grant?: string) => `/api/_files/${id}${grant === undefined ? '' : `?t=${grant}`}`
const grantOf = (url: string) => new URL(url, 'http://x').searchParams.get('t') ?? ''

beforeAll(async () => {
  host = await startTestHost({ clock })
  for (const p of ['resident-a', 'resident-b', 'property-staff', 'property-manager']) token[p] = await host.login(p)
  const neighbour = otherResidents().find((u) => u.address?.buildingId === 'bd-botai-3')!
  token.neighbour = await host.platform.identity.issueToken!(neighbour._id)
  const jinyuStaff = otherStaff().find((u) => u.scopes.some((s) => s.orgId === 'pc-jinyu'))!
  token.otherOrgStaff = await host.platform.identity.issueToken!(jinyuStaff._id)
  await onlyPersonaOnDutyAtBotai(host)

  reporterPhoto = await uploadPng(host, token['resident-a'])
  const order = await host.ok('report', 'submit', reportOf({ photos: [reporterPhoto] }), token['resident-a'])
  orderId = order.id
  await host.ok('report', 'follow', { id: orderId }, token.neighbour)
  await host.ok('workorder', 'acknowledge', { id: orderId }, token['property-staff'])
  staffPhoto = await uploadPng(host, token['property-staff'])
  await host.ok(
    'workorder',
    'progress',
    { id: orderId, note: '已更换灯泡', photos: [staffPhoto] },
    token['property-staff'],
  )
})
afterAll(async () => host.close())

test('no token and no grant: 401 without bytes', async () => {
  for (const id of [reporterPhoto, staffPhoto]) {
    const res = await get(fileUrl(id))
    expect(res.status).toBe(401)
    expect(res.isPng).toBe(false)
  }
})

test('the reporter and staff in scope get working URLs for the reporter’s photo', async () => {
  const own = await host.ok('report', 'detail', { id: orderId }, token['resident-a'])
  const held = await host.ok('workorder', 'detail', { id: orderId }, token['property-staff'])
  const managed = await host.ok('workorder', 'detail', { id: orderId }, token['property-manager'])
  for (const d of [own, held, managed]) {
    expect(d.photoUrls).toHaveLength(1)
    expect(d.photoUrls[0]).toContain(reporterPhoto)
    const res = await get(d.photoUrls[0]) // no Authorization header: an <Image> cannot send one
    expect(res.status).toBe(200)
    expect(res.isPng).toBe(true)
  }
})

test('a follower gets only the staff photo; the reporter’s photo is refused without bytes', async () => {
  const seen = await host.ok('report', 'detail', { id: orderId }, token.neighbour)
  expect(JSON.stringify(seen)).not.toContain(reporterPhoto)
  const urls: string[] = seen.timeline.flatMap((e: { photoUrls: string[] }) => e.photoUrls)
  expect(urls).toHaveLength(1)
  expect(urls[0]).toContain(staffPhoto)
  expect((await get(urls[0])).status).toBe(200)

  // the grant for the staff photo does not open the reporter's photo, nor does the follower's token
  for (const attempt of [
    await get(fileUrl(reporterPhoto, grantOf(urls[0]))),
    await get(fileUrl(reporterPhoto), token.neighbour),
    await get(fileUrl(reporterPhoto, 'forged.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')),
  ]) {
    expect(attempt.status).toBe(403)
    expect(attempt.isPng).toBe(false)
  }
})

test('strangers (another estate, staff of another org) get 403 and no bytes', async () => {
  for (const who of ['resident-b', 'otherOrgStaff']) {
    for (const id of [reporterPhoto, staffPhoto]) {
      const res = await get(fileUrl(id), token[who])
      expect(`${who}:${res.status}`).toBe(`${who}:403`)
      expect(res.isPng).toBe(false)
    }
  }
  expect((await host.call('workorder', 'detail', { id: orderId }, token.otherOrgStaff)).status).toBe(403)
})

test('the uploader may fetch their own file with a bearer token', async () => {
  expect((await get(fileUrl(reporterPhoto), token['resident-a'])).status).toBe(200)
  expect((await get(fileUrl(staffPhoto), token['property-staff'])).status).toBe(200)
  // but not someone else's, even staff in scope: they use the URL their view mints
  expect((await get(fileUrl(reporterPhoto), token['property-staff'])).status).toBe(403)
})

test('a URL expires with the clock; a fresh view mints a new one', async () => {
  const own = await host.ok('report', 'detail', { id: orderId }, token['resident-a'])
  const url: string = own.photoUrls[0]
  expect((await get(url)).status).toBe(200)
  clock.advance(FILE_GRANT_TTL_MS - 60_000)
  expect((await get(url)).status).toBe(200)
  clock.advance(FILE_GRANT_STEP_MS + 60_000)
  const expired = await get(url)
  expect(expired.status).toBe(403)
  expect(expired.isPng).toBe(false)
  const again = await host.ok('report', 'detail', { id: orderId }, token['resident-a'])
  expect(again.photoUrls[0]).not.toBe(url)
  expect((await get(again.photoUrls[0])).status).toBe(200)
})
