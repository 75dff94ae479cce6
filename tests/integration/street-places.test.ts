/**
 * Street administration of places, orgs and the street's word list through the host: scope
 * (a community admin edits only their community's grids, estates and buildings), validation,
 * versions, an audit row for every write, a changed property company that moves no open order
 * unless asked, the .xlsx import with bad rows refused row by row, and the exports.
 */
import ExcelJS from 'exceljs'
import { PLACE_COLUMNS } from '../../types/admin-places'
import { reportOf } from '../support/report-helpers'
import { upload } from '../support/roster-file'
import { startTestHost, type TestHost } from '../support/test-host'

let host: TestHost
const token: Record<string, string> = {}

beforeAll(async () => {
  host = await startTestHost()
  for (const p of ['street-admin', 'community-admin', 'resident-a', 'grid-worker']) token[p] = await host.login(p)
}, 120_000)
afterAll(async () => host.close())

const audits = (action: string) => host.platform.store.collection('audit_log').count({ action })
const place = (id: string) => host.platform.store.collection('places').get(id)

async function sheetOf(rows: string[][]): Promise<string> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('地址库')
  sheet.addRow(PLACE_COLUMNS.map((c) => c.header))
  for (const r of rows) sheet.addRow(r)
  const { body } = await upload(host, token['street-admin'], new Uint8Array(await book.xlsx.writeBuffer()))
  if (!body.ok) throw new Error(JSON.stringify(body))
  return body.data.fileId
}

async function download(fileId: string, who: string): Promise<{ status: number; book?: ExcelJS.Workbook }> {
  const res = await fetch(`${host.url}/api/_files/${fileId}`, { headers: { authorization: `Bearer ${token[who]}` } })
  if (res.status !== 200) return { status: res.status }
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never)
  return { status: 200, book }
}

describe('scope', () => {
  test('a resident and a grid worker are refused; a community admin sees only their community', async () => {
    for (const who of ['resident-a', 'grid-worker']) {
      for (const [action, data] of [
        ['places', {}],
        ['savePlace', { place: { kind: 'grid', id: 'gd-x', name: '新网格', communityId: 'cm-beiyuan' } }],
        ['orgs', {}],
        ['exportPlaces', {}],
      ] as const) {
        expect([who, action, (await host.call('admin', action, data, token[who])).status]).toEqual([who, action, 403])
      }
    }
    const mine = await host.ok('admin', 'places', {}, token['community-admin'])
    expect(mine.items.length).toBeGreaterThan(5)
    expect(mine.items.every((r: { communityId: string }) => r.communityId === 'cm-beiyuan')).toBe(true)
    const all = await host.ok('admin', 'places', { kind: 'community' }, token['street-admin'])
    expect(all.items.map((r: { id: string }) => r.id).sort()).toEqual(['cm-beiyuan', 'cm-nanhu'])
  })

  test('a community admin cannot edit another community, a community itself, orgs or settings', async () => {
    const ca = token['community-admin']
    const other = await host.call(
      'admin',
      'savePlace',
      { place: { kind: 'grid', id: 'gd-nanhu-9', name: '南湖第九网格', communityId: 'cm-nanhu' } },
      ca,
    )
    expect(other.status).toBe(403)
    const community = await host.call(
      'admin',
      'savePlace',
      { place: { kind: 'community', id: 'cm-new', name: '新社区' } },
      ca,
    )
    expect(community.status).toBe(403)
    const org = await host.call('admin', 'saveOrg', { org: { id: 'pc-new', kind: 'property', name: '新物业' } }, ca)
    expect(org.status).toBe(403)
    expect(await place('gd-nanhu-9')).toBeNull()
    expect(await place('cm-new')).toBeNull()
    expect(await host.platform.store.collection('orgs').get('pc-new')).toBeNull()
  })
})

describe('validation and versions', () => {
  test('a company outside the street, an unknown estate, a reused id and a bad id are refused with a reason', async () => {
    const sa = token['street-admin']
    const cases = [
      [
        { kind: 'estate', id: 'es-new', name: '新小区', gridId: 'gd-beiyuan-1', propertyCompanyId: 'pc-nowhere' },
        /物业公司/,
      ],
      [{ kind: 'building', id: 'bd-new-1', name: '1号楼', estateId: 'es-nowhere' }, /没有找到小区/],
      [{ kind: 'grid', id: 'es-botai', name: '冒名网格', communityId: 'cm-beiyuan' }, /已是小区的编号/],
      [{ kind: 'grid', id: 'Bad Id!', name: '坏编号', communityId: 'cm-beiyuan' }, /编号只能用/],
    ] as const
    for (const [draft, message] of cases) {
      const res = await host.call('admin', 'savePlace', { place: draft }, sa)
      expect([draft.id, res.status]).toEqual([draft.id, 400])
      expect(!res.body.ok && res.body.error.message).toMatch(message)
    }
    expect(await audits('admin.savePlace')).toBe(0)
  })

  test('a concurrent edit is CONFLICT with the other change shown; each write leaves an audit row', async () => {
    const sa = token['street-admin']
    const created = await host.ok(
      'admin',
      'savePlace',
      { place: { kind: 'grid', id: 'gd-beiyuan-9', name: '北苑第九网格', communityId: 'cm-beiyuan' } },
      sa,
    )
    expect(created.version).toBe(1)
    expect(await host.platform.store.collection('orgs').get('gd-beiyuan-9')).toMatchObject({
      kind: 'grid',
      name: '北苑第九网格',
    })
    const draft = (name: string) => ({
      place: { kind: 'grid', id: 'gd-beiyuan-9', name, communityId: 'cm-beiyuan' },
      expectedVersion: 1,
    })
    expect((await host.call('admin', 'savePlace', draft('北苑九网格'), token['community-admin'])).status).toBe(200)
    const late = await host.call('admin', 'savePlace', draft('第九网格'), sa)
    expect(late.status).toBe(409)
    expect(!late.body.ok && (late.body.error.details as { current: { name: string } }).current.name).toBe('北苑九网格')
    const rows = await host.ok('admin', 'audit', { action: 'admin.savePlace' }, sa)
    expect(rows.items).toHaveLength(2)
    expect(rows.items[0]).toMatchObject({
      role: 'community_admin',
      before: { name: '北苑第九网格' },
      after: { name: '北苑九网格' },
    })
  })
})

describe('an estate changes its property company', () => {
  test("the open-orders count before a change: only an admin over the estate's community may ask", async () => {
    const asking = (who: string, id: string) => host.call('admin', 'estateOpenOrders', { id }, token[who])
    expect((await asking('community-admin', 'es-nanhu')).body).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    expect((await asking('resident-a', 'es-botai')).body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect((await asking('grid-worker', 'es-botai')).body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect((await asking('street-admin', 'gd-beiyuan-1')).body).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    })
    // 无物业: nothing is held by a company there
    expect(await host.ok('admin', 'estateOpenOrders', { id: 'es-hexie' }, token['community-admin'])).toEqual({
      companyId: null,
      count: 0,
      numbers: [],
    })
  })

  test('new reports go to the new company; open ones stay, named, and move only when asked, each on its timeline', async () => {
    const sa = token['street-admin']
    const open = await host.ok('report', 'submit', reportOf(), token['resident-a'])
    expect(open.handler.orgId).toBe('pc-botai')
    const estate = await place('es-botai')
    const draft = {
      kind: 'estate',
      id: 'es-botai',
      name: estate?.name,
      gridId: 'gd-beiyuan-1',
      propertyCompanyId: 'pc-jinyu',
    }
    // before saving, the editor asks what the current company still holds there
    const before = await host.ok('admin', 'estateOpenOrders', { id: 'es-botai' }, sa)
    expect(before.companyId).toBe('pc-botai')
    expect(before.numbers).toContain(open.number)
    expect(before.count).toBe(before.numbers.length)
    const kept = await host.ok('admin', 'savePlace', { place: draft, expectedVersion: estate?._v }, sa)
    expect(kept.openOrders.count).toBe(before.count)
    expect(kept.moved).toBe(0)
    expect(kept.openOrders.numbers).toContain(open.number)
    expect((await host.platform.store.collection('workorders').get(open.id))?.handlerOrgId).toBe('pc-botai')

    const next = await host.ok('report', 'submit', reportOf(), token['resident-a'])
    expect(next.handler.orgId).toBe('pc-jinyu')

    const back = await host.ok(
      'admin',
      'savePlace',
      { place: { ...draft, propertyCompanyId: 'pc-nanhu' }, expectedVersion: kept.version, moveOpenOrders: false },
      sa,
    )
    expect(back.openOrders.count).toBe(1) // the one pc-jinyu holds
    const moved = await host.ok(
      'admin',
      'savePlace',
      { place: { ...draft, propertyCompanyId: 'pc-botai' }, expectedVersion: back.version, moveOpenOrders: true },
      sa,
    )
    expect(moved.moved).toBe(0) // pc-nanhu held none
    const again = await host.ok(
      'admin',
      'savePlace',
      { place: { ...draft, propertyCompanyId: 'pc-jinyu' }, expectedVersion: moved.version, moveOpenOrders: true },
      sa,
    )
    expect(again.moved).toBeGreaterThanOrEqual(1)
    const order = await host.platform.store.collection('workorders').get(open.id)
    expect(order?.handlerOrgId).toBe('pc-jinyu')
    const events = await host.platform.store
      .collection('workorder_events')
      .find({ where: { orderId: open.id }, limit: 50 })
    expect(events.items.some((e) => e.action === 'transfer' && String(e.note).includes('小区物业变更'))).toBe(true)
  })

  test('an estate moved to another grid of its community takes its buildings and bindings along', async () => {
    const sa = token['street-admin']
    const estate = await place('es-botai')
    const res = await host.ok(
      'admin',
      'savePlace',
      {
        place: {
          kind: 'estate',
          id: 'es-botai',
          name: estate?.name,
          gridId: 'gd-beiyuan-2',
          propertyCompanyId: estate?.propertyCompanyId,
        },
        expectedVersion: estate?._v,
      },
      sa,
    )
    expect(res.version).toBeGreaterThan(Number(estate?._v))
    expect((await place('bd-botai-3'))?.gridId).toBe('gd-beiyuan-2')
    const bound = await host.platform.store
      .collection('households')
      .find({ where: { estateId: 'es-botai' }, limit: 100 })
    expect(bound.items.length).toBeGreaterThan(0)
    expect(bound.items.every((h) => h.gridId === 'gd-beiyuan-2')).toBe(true)
    const me = await host.ok('auth', 'me', {}, token['resident-a'])
    expect(me.address.gridId).toBe('gd-beiyuan-2')
    const cross = await host.call(
      'admin',
      'savePlace',
      {
        place: { kind: 'estate', id: 'es-botai', name: estate?.name, gridId: 'gd-nanhu-1', propertyCompanyId: null },
        expectedVersion: res.version,
      },
      sa,
    )
    expect(cross.status).toBe(400)
  })
})

describe('import and export', () => {
  test('an .xlsx with two bad rows: those rows are refused with reasons, the rest written and audited, a second import changes nothing', async () => {
    const rows = [
      [
        'cm-beiyuan',
        '',
        'gd-beiyuan-7',
        '北苑第七网格',
        'es-xinyuan',
        '新苑小区',
        'pc-botai',
        'bd-xinyuan-1',
        '1号楼',
        '1单元、2单元',
      ],
      ['cm-beiyuan', '', 'gd-beiyuan-7', '', 'es-xinyuan', '', 'pc-botai', 'bd-xinyuan-2', '2号楼', '1单元'],
      ['cm-beiyuan', '', 'gd-beiyuan-7', '', 'es-xinyuan', '', 'pc-nowhere', 'bd-xinyuan-3', '3号楼', ''],
      ['cm-beiyuan', '', 'gd-beiyuan-7', '', 'es-other', '其他小区', '', 'bd-other-1', '', ''],
    ]
    const fileId = await sheetOf(rows)
    const result = await host.ok('admin', 'importPlaces', { fileId }, token['street-admin'])
    expect(result).toMatchObject({ created: 2, refused: 2 })
    expect(
      result.rows.filter((r: { status: string }) => r.status === 'refused').map((r: { row: number }) => r.row),
    ).toEqual([4, 5])
    expect(result.rows[2].reason).toMatch(/物业公司/)
    expect(result.rows[3].reason).toMatch(/名称不能为空/)
    expect(await place('bd-xinyuan-1')).toMatchObject({ gridId: 'gd-beiyuan-7', units: ['1单元', '2单元'] })
    expect(await place('bd-xinyuan-3')).toBeNull()
    expect(await place('es-other')).toBeNull()
    expect(await audits('admin.importPlaces')).toBe(4) // grid, estate, two buildings
    const twice = await host.ok(
      'admin',
      'importPlaces',
      { fileId: await sheetOf(rows.slice(0, 2)) },
      token['street-admin'],
    )
    expect(twice).toMatchObject({ created: 0, updated: 0, unchanged: 2, refused: 0 })
    expect(await audits('admin.importPlaces')).toBe(4)
  })

  test('the export opens, has a row per building, and only its maker can download it', async () => {
    const out = await host.ok('admin', 'exportPlaces', {}, token['community-admin'])
    const buildings = (await host.ok('admin', 'places', { kind: 'building' }, token['community-admin'])).items.length
    const mine = await download(out.fileId, 'community-admin')
    expect(mine.status).toBe(200)
    const sheet = mine.book?.worksheets[0]
    expect(sheet?.getRow(1).getCell(1).value).toBe('社区编号')
    const buildingCells: string[] = []
    sheet?.eachRow((r, n) => {
      if (n > 1 && r.getCell(8).value) buildingCells.push(String(r.getCell(8).value))
    })
    expect(buildingCells).toHaveLength(buildings)
    expect(out.rows).toBeGreaterThanOrEqual(buildings)
    expect((await download(out.fileId, 'street-admin')).status).toBe(403)
  })

  test('the audit export has every row the audit list has', async () => {
    const out = await host.ok('admin', 'auditExport', {}, token['street-admin'])
    const { book } = await download(out.fileId, 'street-admin')
    expect(out.rows).toBe(await host.platform.store.collection('audit_log').count({ streetId: 'st-haibei' }))
    expect(book?.worksheets[0].actualRowCount).toBe(out.rows + 1)
  })
})

describe('orgs and the street word list', () => {
  test('a street admin adds a property company with contacts and 值班表; estates can then name it', async () => {
    const sa = token['street-admin']
    const org = {
      id: 'pc-xinyuan',
      kind: 'property',
      name: '新苑物业',
      phone: '0473-3100009',
      contacts: [{ name: '赵经理', phone: '13900000009', title: '项目经理' }],
      duty: [{ weekday: 1, name: '钱师傅', phone: '13900000010' }],
    }
    expect((await host.ok('admin', 'saveOrg', { org }, sa)).version).toBe(1)
    const listed = await host.ok('admin', 'orgs', { kind: 'property' }, sa)
    expect(listed.items.find((o: { id: string }) => o.id === 'pc-xinyuan')).toMatchObject({
      contacts: org.contacts,
      duty: org.duty,
    })
    const clash = await host.call('admin', 'saveOrg', { org: { ...org, kind: 'department' }, expectedVersion: 1 }, sa)
    expect(clash.status).toBe(400)
    expect(await audits('admin.saveOrg')).toBe(1)
  })

  test('a word the street blocks is refused in what a resident writes, on top of the platform check', async () => {
    const word = '测试屏蔽词'
    const before = await host.call(
      'report',
      'submit',
      reportOf({ description: `楼道里有${word}的广告单` }),
      token['resident-a'],
    )
    expect(before.status).toBe(200)
    const settings = await host.ok('admin', 'settings', {}, token['street-admin'])
    await host.ok(
      'admin',
      'saveSettings',
      { settings: { blockedWords: [word] }, expectedVersion: settings.version ?? undefined },
      token['street-admin'],
    )
    const after = await host.call(
      'report',
      'submit',
      reportOf({ description: `楼道里有${word}的广告单` }),
      token['resident-a'],
    )
    expect(after.status).toBe(400)
    expect(!after.body.ok && after.body.error.message).toMatch(/本街道/)
  })
})
