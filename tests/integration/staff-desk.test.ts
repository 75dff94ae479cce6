/**
 * The staff desk through the host: patrol 当场处置 and 派给 (never back to the reporter, places
 * outside buildings), 我上报的, every inbox tab counted, 待办 only what the viewer must do, the
 * category filter of what an org handles, the 吹哨 marker with the department's own deadline, and
 * grouped transfer targets.
 */
import { createManualClock } from '../../cloudfunctions/_platform/runtime/clock'
import { newRequestId, reportOf, uploadPng } from '../support/report-helpers'
import { startTestHost, type TestHost } from '../support/test-host'

const clock = createManualClock(new Date('2026-11-23T02:00:00Z')) // Monday 10:00 in China
let host: TestHost
const token: Record<string, string> = {}
beforeAll(async () => {
  host = await startTestHost({ clock })
  for (const p of ['resident-a', 'grid-worker', 'property-staff', 'community-admin', 'street-admin', 'dept-officer'])
    token[p] = await host.login(p)
})
afterAll(async () => host.close())

type Row = { id: string; [k: string]: unknown }
const patrol = (data: Record<string, unknown>, persona = 'grid-worker') => {
  clock.advance(60_000)
  return host.call(
    'workorder',
    'patrol',
    {
      requestId: newRequestId(),
      categoryCode: 'clutter',
      buildingId: 'bd-botai-1',
      description: '1号楼楼道堆放纸箱',
      ...data,
    },
    token[persona],
  )
}
const inbox = (persona: string, filter: string, extra = {}) =>
  host.ok('workorder', 'inbox', { filter, limit: 50, ...extra }, token[persona])

describe('patrol 当场处置', () => {
  test('files the order resolved by the reporter, with the after-photo; the timeline reads submit → 当场处置', async () => {
    const before = await uploadPng(host, token['grid-worker'])
    const after = await uploadPng(host, token['grid-worker'])
    const { body } = await patrol({
      photos: [before],
      handle: 'on_spot',
      onSpot: { note: '已当场督促住户清走纸箱', photos: [after] },
    })
    expect(body.ok).toBe(true)
    const out = (body.ok ? body.data : null) as any
    expect(out).toMatchObject({
      status: 'resolved',
      handler: { kind: 'grid', orgId: 'gd-beiyuan-1', staffId: 'u-grid-worker' },
    })
    const d = await host.ok('workorder', 'detail', { id: out.id }, token['grid-worker'])
    expect(d.status).toBe('resolved')
    expect(d.afterPhotoUrls).toHaveLength(1)
    expect(d.timeline.map((e: { action: string }) => e.action)).toEqual(['submit', 'handle_on_spot'])
    expect(d.timeline[1]).toMatchObject({ actionLabel: '当场处置', note: '已当场督促住户清走纸箱' })
    // nobody was notified to 签收 a finished order
    const outbox = await host.platform.store
      .collection('outbox')
      .find({ where: { toUserId: 'u-grid-worker' }, limit: 100 })
    expect(outbox.items.some((m) => String(m.title ?? '').includes(d.number))).toBe(false)
  })

  test('without an after-photo, or by someone else, it is refused and writes nothing', async () => {
    const count = await host.platform.store.collection('workorders').count()
    const noPhoto = await patrol({ handle: 'on_spot', onSpot: { note: '已处理', photos: [] } })
    expect(noPhoto.status).toBe(400)
    expect(noPhoto.body.ok ? '' : noPhoto.body.error.message).toContain('处置后照片')
    const noSheet = await patrol({ handle: 'on_spot' })
    expect(noSheet.status).toBe(400)
    const photo = await uploadPng(host, token['property-staff'])
    const staff = await patrol({ handle: 'on_spot', onSpot: { note: '已处理', photos: [photo] } }, 'property-staff')
    expect(staff.status).toBe(403)
    expect(await host.platform.store.collection('workorders').count()).toBe(count)
  })
})

describe('patrol 派给', () => {
  test('is never routed back to the reporter: the only grid worker’s finding goes up to the community', async () => {
    const { body } = await patrol({})
    expect(body.ok).toBe(true)
    const out = (body.ok ? body.data : null) as any
    expect(out.handler.staffId ?? '').not.toBe('u-grid-worker')
    expect(out.handler).toMatchObject({ kind: 'community', orgId: 'cm-beiyuan', staffId: 'u-community-admin' })
    expect(out.reason).toContain('巡查发现')
    const todo = await inbox('grid-worker', 'todo')
    expect(todo.items.map((o: Row) => o.id)).not.toContain(out.id)
    const pool = await inbox('grid-worker', 'pool')
    expect(pool.items.map((o: Row) => o.id)).not.toContain(out.id)
  })

  test('a property matter goes to the estate’s company; the reporter follows it in 我上报的', async () => {
    const { body } = await patrol({ categoryCode: 'stairwell_light', description: '1号楼3层楼道灯不亮' })
    const out = (body.ok ? body.data : null) as any
    expect(out.handler).toMatchObject({ kind: 'property', orgId: 'pc-botai' })
    const reported = await inbox('grid-worker', 'reported')
    const ids = reported.items.map((o: Row) => o.id)
    expect(ids).toContain(out.id)
    expect(reported.items.every((o: Row) => o.patrol === true)).toBe(true)
    expect(reported.counts.reported).toBe(reported.items.length)
    // the reporter may open it although another org holds it
    const d = await host.ok('workorder', 'detail', { id: out.id }, token['grid-worker'])
    expect(d.handler.orgName).toBe('博泰佳苑物业服务中心')
    // a resident report never shows in a grid worker's 我上报的
    const resident = await host.ok('report', 'submit', reportOf(), token['resident-a'])
    expect((await inbox('grid-worker', 'reported')).items.map((o: Row) => o.id)).not.toContain(resident.id)
  })

  test('roads and public areas of the grid: place elsewhere with words, by the nearest estate', async () => {
    const { body } = await patrol({
      place: 'elsewhere',
      where: '康乐小区北门外人行道',
      buildingId: 'bd-kangle-1',
      categoryCode: 'road_damage',
      description: '人行道地砖破损',
    })
    expect(body.ok).toBe(true)
    const out = (body.ok ? body.data : null) as any
    const d = await host.ok('workorder', 'detail', { id: out.id }, token['grid-worker'])
    expect(d.addressLabel).toBe('其他地方：康乐小区北门外人行道（康乐小区附近）')
    const missing = await patrol({ place: 'elsewhere', buildingId: 'bd-kangle-1' })
    expect(missing.status).toBe(400)
    const other = await patrol({ place: 'elsewhere', where: '金域华府门口', buildingId: 'bd-jinyu-1' })
    expect(other.status).toBe(403)
  })

  test('the patrol places are the grid’s buildings and its estates’ roads and public areas, no one else’s', async () => {
    const out = await host.ok('workorder', 'buildings', {}, token['grid-worker'])
    const areas = out.areas as { estateId: string; name: string; buildingId: string; hasPropertyCompany: boolean }[]
    expect(areas.length).toBeGreaterThanOrEqual(2)
    // each area's building is one of the grid's buildings, and the grid has estates with and without a company
    const ids = new Set((out.items as { id: string }[]).map((b) => b.id))
    for (const a of areas) expect(ids.has(a.buildingId)).toBe(true)
    expect(areas.map((a) => a.name)).toEqual(expect.arrayContaining(['博泰佳苑', '康乐小区']))
    expect(new Set(areas.map((a) => a.hasPropertyCompany))).toEqual(new Set([true, false]))
    expect(areas.map((a) => a.name)).not.toContain('金域华府')
  })
})

describe('inbox', () => {
  test('every tab but 全部 has a count that matches its list; 全部 (the whole history) is not counted', async () => {
    const all = await inbox('community-admin', 'all')
    expect(all.counts.all).toBeUndefined()
    for (const f of ['todo', 'overdue', 'open', 'resolved'] as const) {
      // every page of the tab (the seeded history runs to more than one page)
      const page = await inbox('community-admin', f)
      const items = [...page.items]
      for (let cursor = page.nextCursor; cursor; ) {
        const next = await inbox('community-admin', f, { cursor })
        items.push(...next.items)
        cursor = next.nextCursor
      }
      expect(page.counts[f]).toBe(items.length)
      expect(all.counts[f]).toBe(page.counts[f])
    }
  })

  test('待办 counts only what the viewer must do: the community admin’s own orders are not the street admin’s', async () => {
    const street = await inbox('street-admin', 'todo')
    expect(street.items.every((o: Row) => o.status === 'returned')).toBe(true)
    const open = await inbox('street-admin', 'open')
    expect(open.counts.open).toBeGreaterThan(street.counts.todo)
    expect(open.items.some((o: Row) => o.handlerStaffName === '周敏')).toBe(true)
  })

  test('property staff filter by the categories their company handles; grid workers by all', async () => {
    const staff = await inbox('property-staff', 'todo')
    expect(staff.categoryCodes).toEqual(expect.arrayContaining(['stairwell_light', 'elevator_fault']))
    for (const code of ['gas_leak', 'neighbor_dispute', 'illegal_construction'])
      expect(staff.categoryCodes).not.toContain(code)
    expect((await inbox('grid-worker', 'todo')).categoryCodes).toBeNull()
    expect((await inbox('dept-officer', 'todo')).categoryCodes).toEqual([
      'manhole_cover',
      'street_vending',
      'illegal_construction',
    ])
  })

  test('a department officer sees the 吹哨 and their own 报到 deadline on the row', async () => {
    clock.advance(7 * 60_000)
    const order = await host.ok(
      'report',
      'submit',
      reportOf({ categoryCode: 'noise', channel: 'grid' }),
      token['resident-a'],
    )
    await host.ok(
      'workorder',
      'whistle',
      { id: order.id, departmentId: 'dp-chengguan', note: '噪音源在小区外工地' },
      token['community-admin'],
    )
    const row = (await inbox('dept-officer', 'todo')).items.find((o: Row) => o.id === order.id)
    expect(row.whistle).toMatchObject({ departmentId: 'dp-chengguan', reportedAt: null, reportBy: expect.any(String) })
  })
})

describe('targets', () => {
  test('grouped, this estate’s company first, then the grid and community, then departments, then the rest', async () => {
    clock.advance(7 * 60_000)
    const order = await host.ok(
      'report',
      'submit',
      reportOf({ categoryCode: 'noise', channel: 'grid' }),
      token['resident-a'],
    )
    const { orgs } = await host.ok('workorder', 'targets', { id: order.id }, token['community-admin'])
    const groups = orgs.map((o: { group: string }) => o.group)
    expect(groups[0]).toBe('estate')
    expect(orgs[0].id).toBe('pc-botai')
    const rank = { estate: 0, local: 1, department: 2, other: 3 } as Record<string, number>
    expect(groups.map((g: string) => rank[g])).toEqual([...groups.map((g: string) => rank[g])].sort((a, b) => a - b))
    expect(orgs.filter((o: { group: string }) => o.group === 'local').map((o: { id: string }) => o.id)).toEqual([
      'cm-beiyuan',
    ])
    expect(orgs.find((o: { id: string }) => o.id === 'dp-water')?.group).toBe('department')
    expect(orgs.find((o: { id: string }) => o.id === 'cm-nanhu')?.group).toBe('other')
  })
})
