/**
 * `supervision` through the host, on the demo seed's two past quarters: who sees which scope (a
 * community admin their community and its grids, a property manager their company, a grid worker
 * their grid, a department officer their department; residents and property staff nothing), clear
 * errors for bad input, null for empty denominators, 问题工单, and the Excel export: it opens with
 * exceljs, has one sheet per level plus the raw orders, its totals equal the `kpis` API, and only
 * those who may view its scope can download it.
 */
import ExcelJS from 'exceljs'
import { KPI_KEYS, type KpisOutput, type ProblemsOutput, type SupervisionScope } from '../../types/supervision'
import { startTestHost, type TestHost } from '../support/test-host'

let host: TestHost
const token: Record<string, string> = {}
const PERSONAS = [
  'street-admin',
  'community-admin',
  'grid-leader',
  'grid-worker',
  'property-manager',
  'property-staff',
  'dept-officer',
  'resident-a',
]

beforeAll(async () => {
  host = await startTestHost()
  for (const p of PERSONAS) token[p] = await host.login(p)
}, 120_000)
afterAll(async () => host.close())

const Q3 = { from: '2026-07-01', to: '2026-09-30' }
const kpis = (who: string, scope: SupervisionScope, period = Q3) =>
  host.call<KpisOutput>('supervision', 'kpis', { scope, ...period }, token[who])

const STREET = { kind: 'street', id: 'st-haibei' } as const
const BEIYUAN = { kind: 'community', id: 'cm-beiyuan' } as const
const NANHU = { kind: 'community', id: 'cm-nanhu' } as const
const GRID1 = { kind: 'grid', id: 'gd-beiyuan-1' } as const
const GRID2 = { kind: 'grid', id: 'gd-beiyuan-2' } as const
const BOTAI = { kind: 'company', id: 'pc-botai' } as const
const JINYU = { kind: 'company', id: 'pc-jinyu' } as const
const CHENGGUAN = { kind: 'department', id: 'dp-chengguan' } as const
const GAS = { kind: 'department', id: 'dp-gas' } as const

describe('scope', () => {
  test.each([
    ['street-admin', [STREET, BEIYUAN, NANHU, GRID1, BOTAI, JINYU, CHENGGUAN], []],
    ['community-admin', [BEIYUAN, GRID1, GRID2], [STREET, NANHU, BOTAI, CHENGGUAN]],
    ['grid-leader', [BEIYUAN, GRID1], [STREET, NANHU, BOTAI]],
    ['grid-worker', [GRID1], [GRID2, BEIYUAN, STREET, BOTAI]],
    ['property-manager', [BOTAI], [JINYU, STREET, BEIYUAN, GRID1]],
    ['dept-officer', [CHENGGUAN], [GAS, STREET, BEIYUAN]],
    ['property-staff', [], [BOTAI, GRID1]],
    ['resident-a', [], [STREET, BEIYUAN, GRID1, BOTAI]],
  ] as const)('%s: sees only their own scopes', async (who, seen, refused) => {
    for (const scope of seen) expect([scope, (await kpis(who, scope)).status]).toEqual([scope, 200])
    for (const scope of refused) expect([scope, (await kpis(who, scope)).status]).toEqual([scope, 403])
  })

  test('residents and property staff get none of the actions; an outsider learns nothing about ids', async () => {
    for (const who of ['resident-a', 'property-staff']) {
      expect((await host.call('supervision', 'problems', { scope: BOTAI }, token[who])).status).toBe(403)
      expect((await host.call('supervision', 'export', { scope: BOTAI, ...Q3 }, token[who])).status).toBe(403)
    }
    expect((await host.call('supervision', 'kpis', { scope: STREET, ...Q3 })).status).toBe(401)
    // unknown or mismatched ids: NOT_FOUND for the street, FORBIDDEN (no hint) for anyone else
    expect((await kpis('street-admin', { kind: 'company', id: 'pc-nowhere' })).status).toBe(404)
    expect((await kpis('street-admin', { kind: 'company', id: 'cm-beiyuan' })).status).toBe(404)
    expect((await kpis('community-admin', { kind: 'company', id: 'pc-nowhere' })).status).toBe(403)
  })

  test('bad periods are refused with a clear message, never a 500', async () => {
    for (const period of [
      { from: '2026-09-30', to: '2026-07-01' },
      { from: '2026-02-30', to: '2026-03-01' },
      { from: '2026/07/01', to: '2026-07-31' },
      { from: '2024-01-01', to: '2026-01-01' },
    ]) {
      const { status, body } = await kpis('street-admin', STREET, period)
      expect([period, status]).toEqual([period, 400])
      expect(body.ok ? '' : body.error.message).toMatch(/[\u4e00-\u9fa5]/)
    }
    const badKind = await host.call(
      'supervision',
      'kpis',
      { scope: { kind: 'estate', id: 'es-botai' }, ...Q3 },
      token['street-admin'],
    )
    expect(badKind.status).toBe(400)
  })
})

describe('figures', () => {
  test('a period with no orders: every KPI is null (—), never 0 or 100%', async () => {
    const { body } = await kpis('street-admin', STREET, { from: '2025-01-01', to: '2025-01-31' })
    if (!body.ok) throw new Error(body.error.message)
    expect(Object.values(body.data.counts).every((n) => n === 0)).toBe(true)
    expect(KPI_KEYS.map((k) => body.data.kpis[k])).toEqual(KPI_KEYS.map(() => null))
    expect(body.data.trend).toHaveLength(1)
    expect(body.data.byOrg.every((o) => KPI_KEYS.every((k) => o.kpis[k] === null))).toBe(true)
  })

  test('the seeded quarters give plausible figures, by org and by month, and the rates are their counts', async () => {
    const data = await host.ok<KpisOutput>('supervision', 'kpis', { scope: STREET, ...Q3 }, token['street-admin'])
    const c = data.counts
    expect(c.orders).toBeGreaterThan(100)
    expect(data.kpis.onTimeAcknowledgeRate).toBe(c.acknowledgedOnTime / c.acknowledgeDue)
    expect(data.kpis.satisfactionRate).toBe(c.satisfied / c.ratings)
    for (const k of ['onTimeAcknowledgeRate', 'onTimeResolveRate', 'satisfactionRate'] as const) {
      expect([k, data.kpis[k]! > 0.6 && data.kpis[k]! < 1]).toEqual([k, true])
    }
    expect(data.kpis.reopenRate).toBeLessThan(0.2)
    expect(data.byOrg.map((o) => o.kind)).toEqual(expect.arrayContaining(['community', 'company', 'department']))
    const communities = data.byOrg.filter((o) => o.kind === 'community')
    expect(communities.reduce((n, o) => n + o.counts.orders, 0)).toBe(c.orders)
    expect(data.trend.map((t) => t.month)).toEqual(['2026-07-01', '2026-08-01', '2026-09-01'])
    expect(data.trend.reduce((n, t) => n + t.counts.orders, 0)).toBe(c.orders)
  })

  test('问题工单: reopened or transferred 3+ times, each with its reasons, only in the caller scope', async () => {
    const all = await host.ok<ProblemsOutput>('supervision', 'problems', { scope: STREET }, token['street-admin'])
    expect(all.items.length).toBeGreaterThan(0)
    for (const p of all.items) {
      expect(p.reopenCount >= 3 || p.transferCount >= 3).toBe(true)
      expect(p.reasons.length).toBeGreaterThan(0)
    }
    const mine = await host.ok<ProblemsOutput>('supervision', 'problems', { scope: BEIYUAN }, token['community-admin'])
    const ids = new Set(all.items.map((p) => p.orderId))
    expect(mine.items.every((p) => ids.has(p.orderId))).toBe(true)
    const store = host.platform.store.collection('workorders')
    for (const p of mine.items) expect((await store.get(p.orderId))?.communityId).toBe('cm-beiyuan')
    expect((await host.call('supervision', 'problems', { scope: NANHU }, token['community-admin'])).status).toBe(403)
    const company = await host.ok<ProblemsOutput>(
      'supervision',
      'problems',
      { scope: BOTAI },
      token['property-manager'],
    )
    for (const p of company.items) expect((await store.get(p.orderId))?.handlerOrgId).toBe('pc-botai')
  })
})

async function download(fileId: string, who?: string): Promise<{ status: number; book?: ExcelJS.Workbook }> {
  const headers: Record<string, string> = who ? { authorization: `Bearer ${token[who]}` } : {}
  const res = await fetch(`${host.url}/api/_files/${fileId}`, { headers })
  if (res.status !== 200) return { status: res.status }
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never)
  return { status: 200, book }
}

/** A figures sheet as { name → counts by header }. */
function figures(sheet: ExcelJS.Worksheet): Map<string, Record<string, unknown>> {
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String)
  const out = new Map<string, Record<string, unknown>>()
  sheet.eachRow((row, n) => {
    if (n === 1) return
    const values = (row.values as unknown[]).slice(1)
    out.set(String(values[0]), Object.fromEntries(header.map((h, i) => [h, values[i]])))
  })
  return out
}

describe('export', () => {
  test('the street export opens with exceljs: a sheet per level plus raw orders, totals equal the API', async () => {
    const { fileId } = await host.ok('supervision', 'export', { scope: STREET, ...Q3 }, token['street-admin'])
    const { status, book } = await download(fileId, 'street-admin')
    expect(status).toBe(200)
    const names = book!.worksheets.map((s) => s.name)
    expect(names).toEqual(['总览', '社区', '物业公司', '职能部门', '网格', '月度趋势', '工单明细'])
    const api = await host.ok<KpisOutput>('supervision', 'kpis', { scope: STREET, ...Q3 }, token['street-admin'])
    const overview = figures(book!.getWorksheet('总览')!).get('海北街道')!
    expect(overview['工单数']).toBe(api.counts.orders)
    expect(overview['按时签收']).toBe(api.counts.acknowledgedOnTime)
    expect(overview['应办结']).toBe(api.counts.resolveDue)
    expect(overview['有效评价']).toBe(api.counts.ratings)
    expect(overview['满意率(%)']).toBe(Number((api.kpis.satisfactionRate! * 100).toFixed(1)))
    const companies = figures(book!.getWorksheet('物业公司')!)
    for (const org of api.byOrg.filter((o) => o.kind === 'company')) {
      expect([org.orgName, companies.get(org.orgName)?.['工单数']]).toEqual([org.orgName, org.counts.orders])
    }
    expect(book!.getWorksheet('工单明细')!.actualRowCount - 1).toBe(api.counts.orders)
    expect(figures(book!.getWorksheet('网格')!).size).toBe(6)
  })

  test("a company's raw orders are those its 工单数 counts; only its scope downloads it", async () => {
    const { fileId } = await host.ok('supervision', 'export', { scope: BOTAI, ...Q3 }, token['property-manager'])
    const api = await host.ok<KpisOutput>('supervision', 'kpis', { scope: BOTAI, ...Q3 }, token['property-manager'])
    const mine = await download(fileId, 'property-manager')
    expect(mine.book!.getWorksheet('工单明细')!.actualRowCount - 1).toBe(api.counts.orders)
    expect((await download(fileId, 'street-admin')).status).toBe(200)
    for (const who of ['community-admin', 'property-staff', 'resident-a', 'grid-worker']) {
      expect([who, (await download(fileId, who)).status]).toEqual([who, 403])
    }
    expect((await download(fileId)).status).toBe(401)
  })

  test("a community's export: its own admin and 网格长 download it, another scope cannot", async () => {
    const { fileId } = await host.ok('supervision', 'export', { scope: BEIYUAN, ...Q3 }, token['community-admin'])
    const { book } = await download(fileId, 'grid-leader')
    expect(book!.worksheets.map((s) => s.name)).toEqual(['总览', '网格', '月度趋势', '工单明细'])
    for (const who of ['property-manager', 'grid-worker', 'dept-officer', 'resident-a']) {
      expect([who, (await download(fileId, who)).status]).toEqual([who, 403])
    }
  })
})
