/**
 * The demo street without its people (what `XIAOBEI_DEMO=0 npm start` seeds on a new data dir):
 * places, orgs, categories, routing rules and settings, and not one person. And the load personas
 * (`load-<n>`, demo login only): made on first use as verified residents of 北苑社区 with a house of
 * their own, able to report at once.
 */
import { newRequestId, reportOf } from '../support/report-helpers'
import { startTestHost, type TestHost } from '../support/test-host'

let host: TestHost
beforeAll(async () => {
  // demo login on for the load personas; the seed without people, as with XIAOBEI_DEMO=0
  host = await startTestHost({ people: false })
})
afterAll(async () => host.close())

test('the street is there, its people are not', async () => {
  const store = host.platform.store
  for (const name of ['users', 'memberships', 'households', 'logins', 'workorders'])
    expect({ name, count: await store.collection(name).count() }).toEqual({ name, count: 0 })
  expect(await store.collection('places').count({ kind: 'street' })).toBe(1)
  expect(await store.collection('places').count({ kind: 'building' })).toBeGreaterThan(30)
  expect(await store.collection('orgs').count({ kind: 'property' })).toBe(5)
  expect(await store.collection('categories').count()).toBeGreaterThan(10)
  expect(await store.collection('routing_rules').count()).toBeGreaterThan(10)
  expect(await store.collection('settings').get('workflow:st-haibei')).toMatchObject({ orderPrefix: 'HB' })
  expect(await store.collection('settings').get('seed')).toMatchObject({ people: false })
  // no persona to log in as
  expect((await host.call('auth', 'devLogin', { persona: 'resident-a' })).status).toBe(404)
  expect(await host.ok('auth', 'personas', {})).toEqual([])
})

test('load-<n> is made on first use: a verified resident of 北苑社区 with a house of their own', async () => {
  const first = await host.ok('auth', 'devLogin', { persona: 'load-7' })
  expect(first.user).toMatchObject({
    _id: 'u-load-7',
    kind: 'resident',
    householdVerified: true,
    address: { communityId: 'cm-beiyuan', streetId: 'st-haibei' },
  })
  const again = await host.ok('auth', 'devLogin', { persona: 'load-7' })
  expect(again.user._id).toBe('u-load-7')
  expect(await host.platform.store.collection('users').count({ _id: 'u-load-7' })).toBe(1)

  const last = await host.ok('auth', 'devLogin', { persona: 'load-5000' })
  expect(last.user.address.communityId).toBe('cm-beiyuan')
  expect(last.user.address.label).not.toBe(first.user.address.label)
  const mine = await host.ok('household', 'mine', {}, first.token)
  expect(mine.items).toEqual([expect.objectContaining({ status: 'verified', current: true })])
  const building = await host.platform.store.collection('places').get(first.user.address.buildingId)
  expect(building).toMatchObject({ kind: 'building', communityId: 'cm-beiyuan' })

  // a verified resident reports from their own building at once
  const order = await host.ok(
    'report',
    'submit',
    reportOf({ requestId: newRequestId(), buildingId: first.user.address.buildingId }),
    first.token,
  )
  expect(order.id).toEqual(expect.any(String))
  // never in the persona switcher
  expect(await host.ok('auth', 'personas', {})).toEqual([])
})

test('every load persona has a room of its own', async () => {
  const { loadPersonaUser } = await import('../../cloudfunctions/_seed/load-personas')
  const labels = new Set(Array.from({ length: 5000 }, (_, i) => loadPersonaUser(i + 1).address?.label))
  expect(labels.size).toBe(5000)
})

test('outside 1…5000, or not a number, there is no such persona', async () => {
  for (const persona of ['load-0', 'load-5001', 'load-01', 'load-x', 'load-'])
    expect({ persona, status: (await host.call('auth', 'devLogin', { persona })).status }).toEqual({
      persona,
      status: 404,
    })
})
