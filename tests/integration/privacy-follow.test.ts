/**
 * 同问 privacy: every read path a follower or a stranger can reach (similar, follow, detail, mine,
 * notifications) gives back nothing of the reporter's words, phone, room, name or photos, nor other
 * followers' names. Scope comes from the server's record of the caller's address, never the client.
 * Each reply is scanned whole, as JSON, for marker strings.
 */
import { createManualClock } from '../../cloudfunctions/_platform/runtime/clock'
import { otherResidents, otherStaff } from '../../cloudfunctions/_seed/street'
import { newRequestId, onlyPersonaOnDutyAtBotai, reportOf, uploadPng } from '../support/report-helpers'
import { startTestHost, type TestHost } from '../support/test-host'

const clock = createManualClock(new Date('2026-11-23T02:00:00Z')) // Monday 10:00 in China
let host: TestHost

// resident-a (王秀兰) lives in 博泰佳苑 3号楼 2单元 501; her phone is 13904730101
const REPORTER = { name: '王秀兰', phone: '13904730101' }
const DESCRIPTION = '卫生间顶上漏水，501室，电话13904730101找我，暗号紫藤'
const STAFF_NOTE = '已入户501室查看王秀兰家，暗号松针'
const residents = otherResidents()
const inBuilding = residents.filter((u) => u.address?.buildingId === 'bd-botai-3')
const otherCommunity = residents.find((u) => u.address?.communityId === 'cm-nanhu')!
const otherOrgStaff = otherStaff().find((u) =>
  u.scopes.some((s) => s.role === 'property_staff' && s.orgId === 'pc-jinyu'),
)!

const token: Record<string, string> = {}
let order: { id: string }
let reporterPhoto: string

/** Everything of the reporter (and of the staff note) that must never reach a neighbour or a stranger. */
const REPORTER_MARKERS = [
  '暗号紫藤',
  '卫生间顶上漏水',
  '501',
  '2单元',
  REPORTER.phone,
  '139****0101',
  '0101',
  REPORTER.name,
  '暗号松针',
]

function leaks(reply: unknown, markers: string[]): string[] {
  const text = JSON.stringify(reply)
  return markers.filter((m) => text.includes(m))
}

beforeAll(async () => {
  host = await startTestHost({ clock })
  expect(inBuilding.length).toBeGreaterThanOrEqual(2)
  for (const p of ['resident-a', 'resident-b', 'property-staff', 'community-admin']) token[p] = await host.login(p)
  token.neighbour = await host.platform.identity.issueToken!(inBuilding[0]._id)
  token.neighbour2 = await host.platform.identity.issueToken!(inBuilding[1]._id)
  token.otherCommunity = await host.platform.identity.issueToken!(otherCommunity._id)
  token.otherOrgStaff = await host.platform.identity.issueToken!(otherOrgStaff._id)
  await onlyPersonaOnDutyAtBotai(host)

  reporterPhoto = await uploadPng(host, token['resident-a'])
  clock.advance(60_000)
  order = await host.ok(
    'report',
    'submit',
    reportOf({ categoryCode: 'water_leak', description: DESCRIPTION, photos: [reporterPhoto] }),
    token['resident-a'],
  )
})
afterAll(async () => host.close())

const NEIGHBOUR_MARKERS = () => [...REPORTER_MARKERS, reporterPhoto, inBuilding[1].name]

describe('a neighbour in the same building', () => {
  test('similar lists the order in the neighbour view only', async () => {
    const similar = await host.ok('report', 'similar', { categoryCode: 'water_leak' }, token.neighbour)
    expect(similar.items.map((o: { id: string }) => o.id)).toContain(order.id)
    expect(similar.items.find((o: { id: string }) => o.id === order.id)).toMatchObject({
      description: '',
      addressLabel: '博泰佳苑 3号楼',
      categoryName: expect.any(String),
      followed: false,
    })
    expect(leaks(similar, NEIGHBOUR_MARKERS())).toEqual([])
  })

  test('may follow; detail, mine and notifications then show the neighbour view and nobody else’s name', async () => {
    const followed = await host.ok('report', 'follow', { id: order.id }, token.neighbour)
    expect(followed).toEqual({ id: order.id, followed: true })
    await host.ok('report', 'follow', { id: order.id }, token.neighbour2)

    // staff work on it: a note with the room and a photo of their own
    await host.ok('workorder', 'acknowledge', { id: order.id }, token['property-staff'])
    const staffPhoto = await uploadPng(host, token['property-staff'])
    await host.ok(
      'workorder',
      'progress',
      { id: order.id, note: STAFF_NOTE, photos: [staffPhoto] },
      token['property-staff'],
    )

    const detail = await host.ok('report', 'detail', { id: order.id }, token.neighbour)
    expect(detail).toMatchObject({
      id: order.id,
      status: 'in_progress',
      addressLabel: '博泰佳苑 3号楼',
      description: '',
      reporterName: '',
      reporterPhone: null,
      photoUrls: [],
      rating: null,
      actions: [],
      followed: true,
      followerCount: 2,
      handler: { staffName: '', phoneMasked: null },
    })
    // staff and system steps only: action, time and role
    expect(detail.timeline.map((e: { action: string }) => e.action)).toEqual(['dispatch', 'acknowledge', 'progress'])
    for (const e of detail.timeline) {
      expect(e).toMatchObject({ actorName: '', note: '' })
      expect(e.actorRoleLabel).not.toBe('')
    }
    // the staff progress photo is the only photo a neighbour gets
    const photos = detail.timeline.flatMap((e: { photoUrls: string[] }) => e.photoUrls)
    expect(photos).toHaveLength(1)
    expect(photos[0]).toContain(staffPhoto)
    expect(leaks(detail, [...NEIGHBOUR_MARKERS(), '刘师傅'])).toEqual([])

    const mine = await host.ok('report', 'mine', {}, token.neighbour)
    const row = mine.items.find((o: { id: string }) => o.id === order.id)
    expect(row).toMatchObject({ followed: true, description: '', addressLabel: '博泰佳苑 3号楼', handlerStaffName: '' })
    expect(leaks(mine, [...NEIGHBOUR_MARKERS(), '刘师傅'])).toEqual([])

    const outbox = await host.ok('auth', 'messages', { limit: 50 }, token.neighbour)
    expect(outbox.items.some((m: { kind: string }) => m.kind === 'workorder.acknowledged')).toBe(true)
    expect(leaks(outbox, [...NEIGHBOUR_MARKERS(), '刘师傅'])).toEqual([])
    // the reporter is still told in full
    const reporterBox = await host.ok('auth', 'messages', { limit: 50 }, token['resident-a'])
    expect(JSON.stringify(reporterBox)).toContain('刘师傅')
  })

  test('the follow rows name nobody: not to the reporter, the staff or other followers', async () => {
    const names = inBuilding.slice(0, 2).map((u) => u.name)
    const own = await host.ok('report', 'detail', { id: order.id }, token['resident-a'])
    expect(own.description).toBe(DESCRIPTION) // the owner view is whole
    expect(own.timeline.filter((e: { action: string }) => e.action === 'follow')).toHaveLength(2)
    expect(leaks(own, names)).toEqual([])
    const staff = await host.ok('workorder', 'detail', { id: order.id }, token['property-staff'])
    expect(leaks(staff, names)).toEqual([])
    const other = await host.ok('report', 'detail', { id: order.id }, token.neighbour2)
    expect(leaks(other, [...names, ...REPORTER_MARKERS, reporterPhoto])).toEqual([])
    const stored = await host.platform.store.collection('workorder_events').find({ where: { orderId: order.id } })
    expect(leaks(stored.items, names)).toEqual([])
  })
})

describe('after 办结 and the reporter’s rating', () => {
  test('the neighbour sees the staff after-photo, never the rating, the resolve note or the reporter', async () => {
    const after = await uploadPng(host, token['property-staff'])
    await host.ok(
      'workorder',
      'resolve',
      { id: order.id, note: '已修好501室的管道，暗号松针', photos: [after] },
      token['property-staff'],
    )
    await host.ok(
      'report',
      'rate',
      { id: order.id, stars: 2, comment: '暗号紫藤：修得太慢', tags: [] },
      token['resident-a'],
    )
    const seen = await host.ok('report', 'detail', { id: order.id }, token.neighbour)
    expect(seen).toMatchObject({ status: 'closed', rating: null, description: '', photoUrls: [] })
    expect(seen.afterPhotoUrls).toHaveLength(1)
    expect(seen.afterPhotoUrls[0]).toContain(after)
    expect(seen.timeline.map((e: { action: string }) => e.action)).not.toContain('rate')
    expect(leaks(seen, [...NEIGHBOUR_MARKERS(), '刘师傅', '修得太慢'])).toEqual([])
    const outbox = await host.ok('auth', 'messages', { limit: 50 }, token.neighbour)
    expect(outbox.items.some((m: { kind: string }) => m.kind === 'workorder.resolved')).toBe(true)
    expect(leaks(outbox, [...NEIGHBOUR_MARKERS(), '刘师傅'])).toEqual([])
    const mine = await host.ok('report', 'mine', {}, token.neighbour)
    expect(leaks(mine, [...NEIGHBOUR_MARKERS(), '刘师傅', '修得太慢'])).toEqual([])
  })
})

describe('follow counts under concurrency', () => {
  test('two neighbours at once both count; a double tap counts once', async () => {
    clock.advance(7 * 60_000)
    const fresh = await host.ok('report', 'submit', reportOf({ categoryCode: 'noise' }), token['resident-a'])
    const replies = await Promise.all([
      host.call('report', 'follow', { id: fresh.id }, token.neighbour),
      host.call('report', 'follow', { id: fresh.id }, token.neighbour),
      host.call('report', 'follow', { id: fresh.id }, token.neighbour2),
    ])
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200])
    const stored = await host.platform.store.collection('workorders').get(fresh.id)
    expect(stored?.followerCount).toBe(2)
    expect(await host.platform.store.collection('follows').count({ orderId: fresh.id })).toBe(2)
    const rows = await host.platform.store
      .collection('workorder_events')
      .find({ where: { orderId: fresh.id, action: 'follow' } })
    expect(rows.items).toHaveLength(2)
  })
})

describe('strangers', () => {
  test.each([
    ['resident-b (another estate)', 'resident-b'],
    ['a resident of another community', 'otherCommunity'],
  ])('%s cannot list, follow or read the order, even naming the building', async (_who, key) => {
    const replies: unknown[] = []
    for (const data of [{ categoryCode: 'water_leak' }, { categoryCode: 'water_leak', buildingId: 'bd-botai-3' }]) {
      const similar = await host.ok('report', 'similar', data, token[key])
      expect(similar.items.map((o: { id: string }) => o.id)).not.toContain(order.id)
      expect(similar.items.every((o: { addressLabel: string }) => o.addressLabel !== '博泰佳苑 3号楼')).toBe(true)
      replies.push(similar)
    }
    for (const action of ['follow', 'detail']) {
      const { status, body } = await host.call('report', action, { id: order.id }, token[key])
      expect(status).toBe(403)
      replies.push(body)
    }
    const mine = await host.ok('report', 'mine', {}, token[key])
    expect(mine.items.map((o: { id: string }) => o.id)).not.toContain(order.id)
    replies.push(mine, await host.ok('auth', 'messages', { limit: 50 }, token[key]))
    expect(leaks(replies, NEIGHBOUR_MARKERS())).toEqual([])
  })

  test('staff of another org get nothing of it', async () => {
    const { status, body } = await host.call('workorder', 'detail', { id: order.id }, token.otherOrgStaff)
    expect(status).toBe(403)
    const inbox = await host.ok('workorder', 'inbox', { filter: 'all' }, token.otherOrgStaff)
    expect(inbox.items.map((o: { id: string }) => o.id)).not.toContain(order.id)
    expect(leaks([body, inbox], NEIGHBOUR_MARKERS())).toEqual([])
  })

  test('no one signed in: every read path is UNAUTHENTICATED', async () => {
    for (const [fn, action, data] of [
      ['report', 'similar', { categoryCode: 'water_leak' }],
      ['report', 'follow', { id: order.id }],
      ['report', 'detail', { id: order.id }],
      ['report', 'mine', {}],
      ['auth', 'messages', {}],
    ] as const) {
      const { status, body } = await host.call(fn, action, data)
      expect(`${fn}.${action}:${status}`).toBe(`${fn}.${action}:401`)
      expect(leaks(body, NEIGHBOUR_MARKERS())).toEqual([])
    }
  })
})

describe('submit checks the address', () => {
  test('a building the caller is not bound to is refused, and nothing is written', async () => {
    const before = await host.platform.store.collection('workorders').count()
    clock.advance(7 * 60_000)
    for (const buildingId of ['bd-botai-4', 'bd-jinyu-5', 'bd-nowhere']) {
      const { status, body } = await host.call('report', 'submit', reportOf({ buildingId }), token['resident-a'])
      expect(status).toBe(400)
      expect(body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    }
    expect(await host.platform.store.collection('workorders').count()).toBe(before)
  })

  test('“其他地方” is explicit, says where, and carries no household address', async () => {
    clock.advance(7 * 60_000)
    const missing = await host.call(
      'report',
      'submit',
      { ...reportOf(), buildingId: undefined, place: 'elsewhere' },
      token['resident-a'],
    )
    expect(missing.status).toBe(400)
    const out = await host.ok(
      'report',
      'submit',
      {
        ...reportOf({ categoryCode: 'water_leak', description: '路面积水很深' }),
        buildingId: undefined,
        place: 'elsewhere',
        where: '小区北门外人行道',
      },
      token['resident-a'],
    )
    const stored = await host.platform.store.collection('workorders').get(out.id)
    expect(stored).toMatchObject({ buildingId: '', addressLabel: '其他地方：小区北门外人行道' })
    expect(leaks(stored, ['3号楼', '501', '2单元'])).toEqual([])
    // not a building's report: no neighbour lists or follows it
    const similar = await host.ok('report', 'similar', { categoryCode: 'water_leak' }, token.neighbour)
    expect(similar.items.map((o: { id: string }) => o.id)).not.toContain(out.id)
    expect(await host.call('report', 'follow', { id: out.id }, token.neighbour)).toMatchObject({ status: 403 })
  })

  test('a resident with no bound address cannot report', async () => {
    await host.platform.store
      .collection('users')
      .insert({ _id: 'u-unbound', kind: 'resident', name: '未绑定', scopes: [], persona: '' })
    const t = await host.platform.identity.issueToken!('u-unbound')
    const { status } = await host.call('report', 'submit', reportOf({ requestId: newRequestId() }), t)
    expect(status).toBe(400)
    expect((await host.ok('report', 'similar', { categoryCode: 'water_leak' }, t)).items).toEqual([])
  })
})
