/**
 * `npm run setup -- --street <dir>`: a street's package (JSON or .xlsx) into a store, idempotent.
 * The demo street's package (streets/haibei/) is the one source of what the demo seed writes too.
 * PGlite here (in memory, and on disk through the real command); CloudBase in
 * tests/contract/cloudbase-wire.test.ts.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { createLocalPlatform } from '../../cloudfunctions/_platform/runtime/local'
import type { Store } from '../../cloudfunctions/_platform/store/port'
import { HAIBEI } from '../../cloudfunctions/_seed/haibei'
import { seedIfEmpty } from '../../cloudfunctions/_seed/seed'
import { StreetPackageProblems, setupStreet } from '../../cloudfunctions/_seed/setup-street'
import { packageDocs } from '../../cloudfunctions/_seed/street-package'
import { PackageError, readStreetPackage } from '../../scripts/lib/street-package-dir'
import type { StreetPackage } from '../../types/street-package'
import { ROOT } from '../support/test-host'

const HAIBEI_DIR = path.join(ROOT, 'streets', 'haibei')
const PARTS = ['places', 'orgs', 'categories', 'routing_rules', 'settings']
const scratch: string[] = []
const stores: Store[] = []

async function memoryStore(): Promise<Store> {
  const platform = await createLocalPlatform({ storeUrl: 'pglite:memory', demo: false, wechat: null })
  stores.push(platform.store)
  return platform.store
}
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'xiaobei-street-'))
  scratch.push(dir)
  return dir
}
afterAll(async () => {
  for (const s of stores) await s.close()
  for (const d of scratch) rmSync(d, { recursive: true, force: true })
})

/** The package's documents as stored (the demo seed adds more of its own, e.g. certificate settings). */
async function contents(store: Store, name: string) {
  const ids = new Set(packageDocs(HAIBEI)[name].map((d) => d._id))
  const page = await store.collection(name).find({ limit: 1000 })
  return page.items.filter((d) => ids.has(d._id)).map(({ _v, ...rest }) => rest)
}

test('the demo seed and setup read one package: streets/haibei', async () => {
  expect(await readStreetPackage(HAIBEI_DIR)).toEqual(HAIBEI)
  // what setup writes is what the demo seed writes without its people
  const setUp = await memoryStore()
  await setupStreet(setUp, await readStreetPackage(HAIBEI_DIR), new Date())
  const seeded = await memoryStore()
  await seedIfEmpty(seeded, new Date(), { people: false })
  for (const name of PARTS)
    expect({ name, docs: await contents(setUp, name) }).toEqual({ name, docs: await contents(seeded, name) })
})

test('idempotent: a second run writes nothing; an edited package updates just what changed; no demo people follow', async () => {
  const store = await memoryStore()
  const first = await setupStreet(store, HAIBEI, new Date())
  const total = Object.values(packageDocs(HAIBEI)).reduce((n, l) => n + l.length, 0)
  expect(Object.values(first.counts).reduce((n, c) => n + c.created, 0)).toBe(total)
  const versions = async () =>
    Object.fromEntries(
      await Promise.all(
        PARTS.map(async (n) => [n, (await store.collection(n).find({ limit: 1000 })).items.map((d) => [d._id, d._v])]),
      ),
    )
  const before = await versions()

  const second = await setupStreet(store, HAIBEI, new Date())
  expect(second.counts).toEqual(
    Object.fromEntries(
      Object.entries(packageDocs(HAIBEI)).map(([n, l]) => [n, { created: 0, updated: 0, unchanged: l.length }]),
    ),
  )
  expect(await versions()).toEqual(before)

  const edited: StreetPackage = {
    ...HAIBEI,
    categories: HAIBEI.categories.map((c) => (c.code === 'parking' ? { ...c, name: '停车管理' } : c)),
  }
  const third = await setupStreet(store, edited, new Date())
  expect(third.counts.categories).toEqual({ created: 0, updated: 1, unchanged: HAIBEI.categories.length - 1 })
  expect(await store.collection('categories').get('parking')).toMatchObject({ name: '停车管理' })

  // the store is marked as set up: a later start seeds no demo street or people into it
  expect((await seedIfEmpty(store, new Date())).seeded).toBe(false)
  expect(await store.collection('users').count()).toBe(0)
})

test('a package with problems across its files is refused whole, naming each problem', async () => {
  const store = await memoryStore()
  const estate = HAIBEI.places.communities[0].grids[0].estates[0]
  const broken: StreetPackage = {
    ...HAIBEI,
    places: {
      ...HAIBEI.places,
      communities: [
        {
          ...HAIBEI.places.communities[0],
          grids: [
            {
              ...HAIBEI.places.communities[0].grids[0],
              estates: [{ ...estate, propertyCompanyId: 'pc-nobody' }, estate],
            },
          ],
        },
      ],
    },
    routingRules: [...HAIBEI.routingRules, { ...HAIBEI.routingRules[0], id: 'r-x', estateId: 'es-nowhere' }],
  }
  const error = await setupStreet(store, broken, new Date()).catch((e) => e)
  expect(error).toBeInstanceOf(StreetPackageProblems)
  expect(error.problems).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/物业公司 pc-nobody 不在 orgs.json 里/),
      expect.stringMatching(/编号 es-botai 重复/),
      expect.stringMatching(/分派规则 r-x：没有小区 es-nowhere/),
    ]),
  )
  expect(await store.collection('places').count()).toBe(0)

  const dir = tempDir()
  for (const f of ['places.json', 'orgs.json', 'routing-rules.json', 'settings.json'])
    copyFileSync(path.join(HAIBEI_DIR, f), path.join(dir, f))
  writeFileSync(path.join(dir, 'categories.json'), JSON.stringify([{ code: 'x', name: '没有时限' }]))
  const bad = await readStreetPackage(dir).catch((e) => e)
  expect(bad).toBeInstanceOf(PackageError)
  expect(bad.message).toMatch(/^categories\.json 第 0/)
  rmSync(path.join(dir, 'categories.json'))
  await expect(readStreetPackage(dir)).rejects.toThrow(/缺少 categories\.json/)
})

test('places and orgs may come as .xlsx: the same package as the JSON', async () => {
  const dir = tempDir()
  for (const f of ['categories.json', 'routing-rules.json', 'settings.json'])
    copyFileSync(path.join(HAIBEI_DIR, f), path.join(dir, f))
  const places = new ExcelJS.Workbook()
  const ps = places.addWorksheet('地点')
  ps.addRow([
    '街道编号',
    '街道',
    '社区编号',
    '社区',
    '网格编号',
    '网格',
    '小区编号',
    '小区',
    '物业公司编号',
    '楼栋编号',
    '楼栋',
    '单元',
    '社区电话',
    '网格电话',
  ])
  const { street } = HAIBEI.places
  for (const c of HAIBEI.places.communities)
    for (const g of c.grids)
      for (const e of g.estates)
        for (const b of e.buildings)
          ps.addRow([
            street.id,
            street.name,
            c.id,
            c.name,
            g.id,
            g.name,
            e.id,
            e.name,
            e.propertyCompanyId ?? '',
            b.id,
            b.name,
            b.units.join(','),
            c.phone ?? '',
            g.phone ?? '',
          ])
  await places.xlsx.writeFile(path.join(dir, 'places.xlsx'))
  const orgs = new ExcelJS.Workbook()
  const os = orgs.addWorksheet('机构')
  os.addRow(['类型', '编号', '名称', '电话'])
  for (const p of HAIBEI.orgs.propertyCompanies) os.addRow(['物业公司', p.id, p.name, p.phone ?? ''])
  for (const d of HAIBEI.orgs.departments) os.addRow(['职能部门', d.id, d.name])
  await orgs.xlsx.writeFile(path.join(dir, 'orgs.xlsx'))
  expect(await readStreetPackage(dir)).toEqual(HAIBEI)
})

test('npm run setup on a PGlite data dir: twice, the second run changes nothing', () => {
  const dataDir = tempDir()
  const run = () =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/setup.ts', '--street', 'streets/haibei'], {
      cwd: ROOT,
      env: { ...process.env, XIAOBEI_DATA_DIR: dataDir, XIAOBEI_STORE_URL: '', DATABASE_URL: '', TCB_ENV_ID: '' },
      encoding: 'utf8',
    })
  const first = run()
  expect({ status: first.status, stderr: first.stderr }).toEqual({ status: 0, stderr: '' })
  expect(first.stdout).toMatch(/places\s+新增 69，更新 0，未变 0/)
  const second = run()
  expect(second.status).toBe(0)
  expect(second.stdout).toMatch(/places\s+新增 0，更新 0，未变 69/)
  expect(second.stdout).toMatch(/categories\s+新增 0，更新 0，未变 23/)
  const usage = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/setup.ts'], { cwd: ROOT, encoding: 'utf8' })
  expect(usage.status).toBe(2)
  expect(usage.stderr).toMatch(/npm run setup -- --street/)
})
