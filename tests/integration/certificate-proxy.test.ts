/**
 * 代办 through the host: a grid worker (张伟, 北苑社区第一网格) lists only the residents of their own
 * grid, applies for one of them with the resident's consent, and the request records who applied and
 * how consent was given; the resident sees it in their own list. Without consent, or for a resident
 * of another grid, nothing is written.
 */
import type { Envelope } from '../../types/envelope'
import { idNumberOf } from '../support/certificates'
import { newRequestId, uploadPng } from '../support/report-helpers'
import { startTestHost, type TestHost } from '../support/test-host'

let host: TestHost
const token: Record<string, string> = {}
const GRID = 'gd-beiyuan-1'

async function call(action: string, data: unknown, as: string) {
  return host.call<any>('certificate', action, data, token[as])
}
async function ok(action: string, data: unknown, as: string) {
  const { status, body } = await call(action, data, as)
  if (!body.ok) throw new Error(`certificate.${action} → ${status} ${body.error.code}: ${body.error.message}`)
  return body.data
}
async function fail(action: string, data: unknown, as: string) {
  const res = await call(action, data, as)
  expect(res.body.ok).toBe(false)
  return res as { status: number; body: Extract<Envelope<unknown>, { ok: false }> }
}
const requestsFor = async (applicantId: string) =>
  (await host.platform.store.collection('certificate_requests').find({ where: { applicantId }, limit: 100 })).items

/** a 居住证明 for school, applied by the grid worker for `userId` (consent left out when `consent` is null) */
async function proxyApplication(userId: string, consent: unknown, n: number) {
  const photo = await uploadPng(host, token['grid-worker'])
  return {
    requestId: newRequestId(),
    typeCode: 'JZZM',
    purpose: '入学',
    materials: [photo],
    idNumber: idNumberOf(n),
    residentSince: '2012-09',
    onBehalfOf: consent === null ? { userId } : { userId, consent },
  }
}

beforeAll(async () => {
  host = await startTestHost()
  for (const p of ['grid-worker', 'grid-leader', 'resident-a', 'resident-c']) token[p] = await host.login(p)
  // the grid worker of another grid of the same community
  const staff = await host.platform.store.collection('users').find({ where: { kind: 'staff' }, limit: 200 })
  const other = staff.items.find((u) =>
    (u.scopes as Array<{ role: string; orgId: string }>).some((s) => s.role === 'grid_worker' && s.orgId !== GRID),
  )!
  token['other-grid-worker'] = await host.platform.identity.issueToken!(other._id)
})
afterAll(async () => host.close())

test('the grid worker lists the verified residents of their own grid only, by building, phones masked', async () => {
  const { body, status } = await call('proxyResidents', {}, 'grid-worker')
  expect(status).toBe(200)
  if (!body.ok) throw new Error(body.error.message)
  const { grids } = body.data
  expect(grids.map((g: { gridId: string }) => g.gridId)).toEqual([GRID])
  const people = grids[0].buildings.flatMap((b: { residents: Array<{ userId: string }> }) => b.residents)
  const ids = people.map((r: { userId: string }) => r.userId)
  expect(ids).toContain('u-resident-a')
  expect(ids).not.toContain('u-resident-c') // 和谐小区, another grid
  // every one listed lives in this grid now
  const users = await host.platform.store.collection('users').find({ where: { _id: { in: ids } }, limit: 1000 })
  expect(users.items).toHaveLength(ids.length)
  for (const u of users.items) expect((u.address as { gridId: string }).gridId).toBe(GRID)
  const botai3 = grids[0].buildings.find((b: { label: string }) => b.label === '博泰佳苑 3号楼')
  expect(botai3.residents.map((r: { name: string }) => r.name)).toEqual(expect.arrayContaining(['王秀兰', '孙美华']))
  // no full phone number goes out
  expect(JSON.stringify(body)).not.toContain('13904730101')
  expect(people.find((r: { userId: string }) => r.userId === 'u-resident-a').phone).toMatch(/^139\*{4}0101$/)
  expect(grids[0].types.map((t: { code: string }) => t.code)).toContain('JZZM')
})

test('only grid workers may list: a resident and a grid leader are refused', async () => {
  expect((await fail('proxyResidents', {}, 'resident-a')).status).toBe(403)
  expect((await fail('proxyResidents', {}, 'grid-leader')).status).toBe(403)
})

test('with consent: the request is the resident’s, records who applied and how consent was given', async () => {
  const before = await requestsFor('u-resident-a')
  const out = await ok(
    'apply',
    await proxyApplication('u-resident-a', { method: 'in_person', note: '在家中当面说明，本人同意' }, 61),
    'grid-worker',
  )
  expect(out).toMatchObject({ status: 'submitted', existing: null })
  const doc = await host.platform.store.collection('certificate_requests').get(out.id)
  expect(doc).toMatchObject({
    applicantId: 'u-resident-a',
    applicantName: '王秀兰',
    gridId: GRID,
    proxyId: 'u-grid-worker',
    proxy: { name: '张伟', consent: { method: 'in_person', note: '在家中当面说明，本人同意' } },
  })
  expect(typeof (doc!.proxy as { consent: { at: string } }).consent.at).toBe('string')
  const [event] = doc!.events as Array<{ action: string; byId: string; note: string }>
  expect(event).toMatchObject({ action: 'apply', byId: 'u-grid-worker' })
  expect(event.note).toContain('已征得本人同意')
  expect(await requestsFor('u-resident-a')).toHaveLength(before.length + 1)

  // the resident sees it in their own list and opens it, with who applied for them
  const mine = await ok('mine', {}, 'resident-a')
  expect(mine.items.find((r: { id: string }) => r.id === out.id)).toMatchObject({ proxyName: '张伟' })
  const view = await ok('detail', { id: out.id }, 'resident-a')
  expect(view).toMatchObject({ proxyName: '张伟', applicantName: '王秀兰' })
  expect(JSON.stringify(view)).not.toContain(idNumberOf(61))
  // the grid worker finds it among the requests they made
  expect((await ok('mine', {}, 'grid-worker')).items.find((r: { id: string }) => r.id === out.id)).toMatchObject({
    applicantName: '王秀兰',
    proxyName: '张伟',
  })

  // the same again is a duplicate, said in the grid worker's words
  const again = await fail('apply', await proxyApplication('u-resident-a', { method: 'phone_call' }, 62), 'grid-worker')
  expect(again.status).toBe(409)
  expect(again.body.error.message).toContain('王秀兰已有一条同类申请正在办理')
})

test('without consent nothing is written', async () => {
  const before = await requestsFor('u-resident-d')
  const none = await fail('apply', await proxyApplication('u-resident-d', null, 63), 'grid-worker')
  expect(none.status).toBe(400)
  expect(none.body.error.code).toBe('INVALID_INPUT')
  const made = await fail('apply', await proxyApplication('u-resident-d', { method: 'guessed' }, 64), 'grid-worker')
  expect(made.body.error.code).toBe('INVALID_INPUT')
  expect(await requestsFor('u-resident-d')).toHaveLength(before.length)
})

test('not for a resident outside the grid, and not by the grid worker of another grid', async () => {
  const before = await requestsFor('u-resident-c')
  const out = await fail('apply', await proxyApplication('u-resident-c', { method: 'in_person' }, 65), 'grid-worker')
  expect(out.status).toBe(403)
  expect(out.body.error.message).toBe('只能为本网格的居民代办')
  expect(await requestsFor('u-resident-c')).toHaveLength(before.length)

  const beforeD = await requestsFor('u-resident-d')
  const photo = await uploadPng(host, token['other-grid-worker'])
  const stranger = await fail(
    'apply',
    {
      ...(await proxyApplication('u-resident-d', { method: 'in_person' }, 66)),
      materials: [photo],
    },
    'other-grid-worker',
  )
  expect(stranger.status).toBe(403)
  expect(await requestsFor('u-resident-d')).toHaveLength(beforeD.length)
  // and a resident cannot act for a neighbour at all
  const neighbour = await fail(
    'apply',
    await proxyApplication('u-resident-d', { method: 'in_person' }, 67),
    'resident-a',
  )
  expect(neighbour.status).toBe(403)
})

/** 租住情况告知承诺 (ZZCN, pledge only) for `userId`, by the grid worker, with the notice's version */
async function proxyPledge(userId: string, textVersion: string) {
  return {
    requestId: newRequestId(),
    typeCode: 'ZZCN',
    purpose: '入学',
    mode: 'pledge',
    pledge: { accepted: true, textVersion },
    onBehalfOf: { userId, consent: { method: 'signed_paper', note: '本人已在承诺书上签字' } },
  }
}

const pledgeVersionOf = (grid: { types: Array<{ code: string; pledgeTextVersion: string | null }> }) =>
  grid.types.find((t) => t.code === 'ZZCN')?.pledgeTextVersion as string

test('告知承诺 through 代办: the pledge is the resident’s, with the notice’s version, who applied and the consent', async () => {
  const { grids } = await ok('proxyResidents', {}, 'grid-worker')
  const version = pledgeVersionOf(grids[0])
  expect(version).toEqual(expect.any(String))
  // a pledge to words since changed is refused (read the new notice) and writes nothing
  const before = await requestsFor('u-resident-a')
  const stale = await fail('apply', await proxyPledge('u-resident-a', 'v0-stale'), 'grid-worker')
  expect(stale.body.error.code).toBe('CONFLICT')
  expect(await requestsFor('u-resident-a')).toHaveLength(before.length)

  const out = await ok('apply', await proxyPledge('u-resident-a', version), 'grid-worker')
  const doc = await host.platform.store.collection('certificate_requests').get(out.id)
  expect(doc).toMatchObject({
    applicantId: 'u-resident-a',
    typeCode: 'ZZCN',
    mode: 'pledge',
    proxyId: 'u-grid-worker',
    proxy: { name: '张伟', consent: { method: 'signed_paper', note: '本人已在承诺书上签字' } },
    pledge: { textVersion: version },
  })
  const [first] = doc!.events as Array<{ action: string; byId: string; note: string }>
  expect(first).toMatchObject({ action: 'pledge', byId: 'u-grid-worker' })
  expect(first.note).toContain('已征得本人同意')
  const view = await ok('detail', { id: out.id }, 'resident-a')
  expect(view).toMatchObject({ proxyName: '张伟', mode: 'pledge' })
})

test('a grid worker of two grids lists both and applies in either; still nobody outside them', async () => {
  const users = host.platform.store.collection('users')
  const worker = (await users.get('u-grid-worker'))!
  await users.patch(worker._id, {
    scopes: [...(worker.scopes as object[]), { role: 'grid_worker', orgId: 'gd-beiyuan-3' }],
  })
  try {
    const { grids } = await ok('proxyResidents', {}, 'grid-worker')
    expect(grids.map((g: { gridId: string }) => g.gridId).sort()).toEqual([GRID, 'gd-beiyuan-3'])
    const hexie = grids.find((g: { gridId: string }) => g.gridId === 'gd-beiyuan-3')
    const ids = hexie.buildings.flatMap((b: { residents: Array<{ userId: string }> }) =>
      b.residents.map((r) => r.userId),
    )
    expect(ids).toContain('u-resident-c')
    const out = await ok('apply', await proxyPledge('u-resident-c', pledgeVersionOf(hexie)), 'grid-worker')
    expect(await host.platform.store.collection('certificate_requests').get(out.id)).toMatchObject({
      applicantId: 'u-resident-c',
      gridId: 'gd-beiyuan-3',
      proxyId: 'u-grid-worker',
    })
    // 金域 (gd-beiyuan-2, resident-b's) is still not theirs
    const outside = await fail('apply', await proxyPledge('u-resident-b', pledgeVersionOf(hexie)), 'grid-worker')
    expect(outside.status).toBe(403)
  } finally {
    await users.patch(worker._id, { scopes: worker.scopes })
  }
})
