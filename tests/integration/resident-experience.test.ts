/**
 * The resident's side of a report, as a new user meets it: resident words (no staff status names,
 * no routing jargon), the 无物业小区 home on the catalogue read, an address-only report refused,
 * one's own open report found before a duplicate, and 催办 / 补充说明 / 追加照片 on the detail.
 */
import { createManualClock } from '../../cloudfunctions/_platform/runtime/clock'
import { otherResidents } from '../../cloudfunctions/_seed/street'
import { onlyPersonaOnDutyAtBotai, reportOf, uploadPng } from '../support/report-helpers'
import { startTestHost, type TestHost } from '../support/test-host'

const clock = createManualClock(new Date('2026-11-23T02:00:00Z')) // Monday 10:00 in China
let host: TestHost
const token: Record<string, string> = {}
beforeAll(async () => {
  host = await startTestHost({ clock })
  for (const p of ['resident-a', 'resident-b', 'resident-c', 'property-staff']) token[p] = await host.login(p)
  await onlyPersonaOnDutyAtBotai(host)
})
afterAll(async () => host.close())

async function submit(persona: string, overrides = {}) {
  clock.advance(7 * 60_000)
  return host.ok('report', 'submit', reportOf(overrides), token[persona])
}

describe('resident words', () => {
  test("the resident's detail, list and submit answer say 待受理 and a plain sentence, never the staff's words", async () => {
    const out = await submit('resident-a', { categoryCode: 'door_access', description: '单元门禁刷卡没反应' })
    expect(out.reason).toBe('已派给 博泰佳苑物业服务中心（物业）处理')
    const detail = await host.ok('report', 'detail', { id: out.id }, token['resident-a'])
    const mine = await host.ok('report', 'mine', {}, token['resident-a'])
    for (const reply of [out, detail, mine]) {
      const text = JSON.stringify(reply)
      expect(text).not.toContain('按类别默认分派')
      expect(text).not.toContain('待签收')
      expect(text).not.toContain('派单依据')
    }
    expect(detail.statusLabel).toBe('待受理')
    expect(mine.items.find((o: { id: string }) => o.id === out.id).statusLabel).toBe('待受理')

    // staff keep their words and the rule's reason
    const staff = await host.ok('workorder', 'detail', { id: out.id }, token['property-staff'])
    expect(staff.statusLabel).toBe('待签收')
    expect(staff.routeReason).toContain('门禁故障按类别默认分派')
  })

  test('once taken, the resident reads 处理中', async () => {
    const out = await submit('resident-a', { categoryCode: 'elevator_fault', description: '电梯按钮失灵' })
    await host.ok('workorder', 'acknowledge', { id: out.id }, token['property-staff'])
    const detail = await host.ok('report', 'detail', { id: out.id }, token['resident-a'])
    expect(detail.statusLabel).toBe('处理中')
  })
})

describe('无物业小区', () => {
  test("the catalogue read tells resident-c's form there is no property company; resident-a's has one", async () => {
    const c = await host.ok('report', 'categories', {}, token['resident-c'])
    expect(c.home).toEqual({ estateName: '和谐小区', hasProperty: false })
    expect(c.items.length).toBeGreaterThan(10)
    const a = await host.ok('report', 'categories', {}, token['resident-a'])
    expect(a.home).toEqual({ estateName: '博泰佳苑', hasProperty: true })
  })

  test("resident-c's report goes to the grid and says so in plain words", async () => {
    const out = await submit('resident-c', {
      channel: 'grid',
      buildingId: 'bd-hexie-2',
      categoryCode: 'water_leak',
      description: '楼道水管漏水',
    })
    expect(out.handler.kind).toBe('grid')
    expect(out.reason).toBe('已派给 北苑社区第三网格（网格员）处理')
  })
})

describe('an address alone is not a report', () => {
  test('only the address, no words and no photo: a clear INVALID_INPUT, nothing written', async () => {
    const before = await host.platform.store.collection('workorders').count()
    clock.advance(7 * 60_000)
    const { body } = await host.call(
      'report',
      'submit',
      reportOf({ description: '博泰佳苑 3号楼 2单元 501：' }),
      token['resident-a'],
    )
    expect(body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(body.ok ? '' : body.error.message).toContain('只写了地址')
    expect(await host.platform.store.collection('workorders').count()).toBe(before)
  })

  test('the same words with a photo are accepted (the photo shows the problem)', async () => {
    const photo = await uploadPng(host, token['resident-a'])
    const out = await submit('resident-a', { description: '博泰佳苑 3号楼 2单元 501：', photos: [photo] })
    expect(out.number).toMatch(/^HB-/)
  })
})

describe('your own open report first', () => {
  test('similar lists my own open report of the category in my building, and a neighbour never sees it as own', async () => {
    const out = await submit('resident-a', { categoryCode: 'pest_control', description: '楼道里有老鼠' })
    const mineSimilar = await host.ok('report', 'similar', { categoryCode: 'pest_control' }, token['resident-a'])
    expect(mineSimilar.own.map((o: { id: string }) => o.id)).toContain(out.id)
    expect(mineSimilar.items.map((o: { id: string }) => o.id)).not.toContain(out.id)
    const other = await host.ok('report', 'similar', { categoryCode: 'pest_control' }, token['resident-b'])
    expect(other.own).toEqual([])
    expect(JSON.stringify(other)).not.toContain('楼道里有老鼠')
  })

  test('a closed or cancelled report is not offered', async () => {
    const out = await submit('resident-a', { categoryCode: 'clutter', description: '楼道堆了旧家具' })
    await host.ok('report', 'cancel', { id: out.id }, token['resident-a'])
    const s = await host.ok('report', 'similar', { categoryCode: 'clutter' }, token['resident-a'])
    expect(s.own.map((o: { id: string }) => o.id)).not.toContain(out.id)
  })
})

describe('contact, 催办, 补充说明, 追加照片', () => {
  let id = ''
  beforeAll(async () => {
    id = (await submit('resident-a', { categoryCode: 'stairwell_light', description: '五楼楼道灯不亮' })).id
  })

  test('the detail shows the org service phone; the staff member stays masked', async () => {
    const d = await host.ok('report', 'detail', { id }, token['resident-a'])
    expect(d.servicePhone).toBe('0473-3100001')
    expect(d.handler.phoneMasked).toMatch(/\*{4}/)
    expect(d.actions).toEqual(expect.arrayContaining(['nudge', 'note', 'add_photos']))
  })

  test('催办 notifies the holder, shows on the timeline, and cannot be repeated within 4 working hours', async () => {
    await host.ok('report', 'nudge', { id }, token['resident-a'])
    const d = await host.ok('report', 'detail', { id }, token['resident-a'])
    expect(d.timeline.map((e: { action: string }) => e.action)).toContain('nudge')
    expect(d.nudgeAfter).toBeTruthy()
    expect(d.actions).not.toContain('nudge')
    const outbox = await host.ok('auth', 'messages', { limit: 50 }, token['property-staff'])
    expect(outbox.items.map((m: { kind: string }) => m.kind)).toContain('workorder.nudged')

    const again = await host.call('report', 'nudge', { id }, token['resident-a'])
    expect(again.body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(again.body.ok ? '' : again.body.error.message).toContain('后可再次催办')

    clock.advance(4 * 3_600_000 + 60_000) // Monday 10:00 → after 14:00, still a working day
    await host.ok('report', 'nudge', { id }, token['resident-a'])
  })

  test('only the reporter may 催办; staff and neighbours are refused', async () => {
    const staff = await host.call('report', 'nudge', { id }, token['property-staff'])
    expect(staff.body.ok).toBe(false)
    const neighbour = await host.call('report', 'nudge', { id }, token['resident-b'])
    expect(neighbour.body.ok).toBe(false)
  })

  test('补充说明 and 追加照片 add timeline rows while open; the holder sees them', async () => {
    await host.ok('report', 'note', { id, note: '晚上八点后家里有人' }, token['resident-a'])
    const photo = await uploadPng(host, token['resident-a'])
    await host.ok('report', 'addPhotos', { id, photos: [photo] }, token['resident-a'])
    const staff = await host.ok('workorder', 'detail', { id }, token['property-staff'])
    const rows = staff.timeline.filter((e: { action: string }) => e.action === 'note' || e.action === 'add_photos')
    expect(rows.map((e: { action: string }) => e.action)).toEqual(['note', 'add_photos'])
    expect(rows[0].note).toBe('晚上八点后家里有人')
    expect(rows[1].photoUrls).toHaveLength(1)
  })

  test('bad follow-ups are clear errors: an empty note, no photos, a neighbour’s photo', async () => {
    const empty = await host.call('report', 'note', { id, note: ' ' }, token['resident-a'])
    expect(empty.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    const none = await host.call('report', 'addPhotos', { id, photos: [] }, token['resident-a'])
    expect(none.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    const foreign = await uploadPng(host, token['resident-b'])
    const stolen = await host.call('report', 'addPhotos', { id, photos: [foreign] }, token['resident-a'])
    expect(stolen.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  test('after 办结 no more follow-ups are offered or accepted', async () => {
    await host.ok('workorder', 'acknowledge', { id }, token['property-staff'])
    const after = await uploadPng(host, token['property-staff'])
    await host.ok('workorder', 'resolve', { id, note: '已更换灯泡', photos: [after] }, token['property-staff'])
    const d = await host.ok('report', 'detail', { id }, token['resident-a'])
    expect(d.statusLabel).toBe('待确认')
    expect(d.actions).not.toContain('note')
    const late = await host.call('report', 'note', { id, note: '还有一处灯也坏了' }, token['resident-a'])
    expect(late.body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })
})

describe('privacy of follow-ups', () => {
  test("a neighbour who 同问 never reads the reporter's note or photos, and cannot add their own", async () => {
    const neighbourUser = otherResidents().find((u) => u.address?.buildingId === 'bd-botai-3')!
    const neighbour = await host.platform.identity.issueToken!(neighbourUser._id)
    const { id } = await submit('resident-a', { categoryCode: 'water_leak', description: '卫生间顶上漏水' })
    await host.ok('report', 'follow', { id }, neighbour)
    const note = '家里电话13904730101，暗号青松'
    await host.ok('report', 'note', { id, note }, token['resident-a'])
    const photo = await uploadPng(host, token['resident-a'])
    await host.ok('report', 'addPhotos', { id, photos: [photo] }, token['resident-a'])

    const seen = await host.ok('report', 'detail', { id }, neighbour)
    const similar = await host.ok('report', 'similar', { categoryCode: 'water_leak' }, neighbour)
    const outbox = await host.ok('auth', 'messages', { limit: 50 }, neighbour)
    for (const reply of [seen, similar, outbox]) {
      const text = JSON.stringify(reply)
      for (const marker of ['暗号青松', '13904730101', photo]) expect(text).not.toContain(marker)
    }
    expect(seen.actions).toEqual([])
    expect(similar.own).toEqual([])
    const tried = await host.call('report', 'note', { id, note: '我家也漏水' }, neighbour)
    expect(tried.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})
