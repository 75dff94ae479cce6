/**
 * Street administration in headless Chromium on the H5 build (issue 12), at the office PC's width
 * (1280×800) with phone-width (375×812) screenshots of the same screens:
 * 1. 吴强 (street admin) gives 博泰佳苑's 楼道灯 reports to its grid in a new rule and, before saving,
 *    sees 试一下: now 物业, after 网格员, and the open order it would affect (which stays put);
 * 2. saves it;
 * 3. a new 楼道灯 report from 博泰佳苑 goes to the grid, the order filed before stays with 物业;
 * 4. imports an .xlsx of places with two bad rows and sees exactly those rows refused, with reasons,
 *    then gives 博泰佳苑 another property company and moves its open order along;
 * 5. marks next year's New Year's Day on the holiday calendar and saves it; the missing-year warning goes.
 */
import path from 'node:path'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { PLACE_COLUMNS } from '../../types/admin-places'
import { DESK_VIEWPORT as DESK, PHONE_VIEWPORT as PHONE, SCREENSHOTS } from '../support/browser'
import {
  open,
  phoneSession,
  seen as seenOn,
  settled,
  T,
  tap as tapOn,
  toastGone,
  visible,
} from '../support/phone-session'
import { reportOf } from '../support/report-helpers'
import type { TestHost } from '../support/test-host'

const phone = phoneSession()
let host: TestHost
let page: Page
beforeAll(() => {
  ;({ host, page } = phone)
})

const seen = (text: string | RegExp) => seenOn(page, text)
const tap = (selector: string) => tapOn(page, selector)
const el = (selector: string) => visible(page, selector)

/** a screenshot at the desk width and one at the phone width, with `focus` scrolled into view */
async function shots(name: string, focus: string) {
  for (const [size, tag] of [
    [DESK, 'desk'],
    [PHONE, 'phone'],
  ] as const) {
    await page.setViewportSize(size)
    await settled(page)
    await toastGone(page)
    await el(focus).scrollIntoViewIfNeeded()
    await page.screenshot({ path: path.join(SCREENSHOTS, `admin-${name}-${tag}.png`) })
  }
  await page.setViewportSize(DESK)
}

async function fill(selector: string, text: string) {
  const input = el(`${selector} input, ${selector} textarea`)
  await input.fill(text)
}

/** picks an option of a PickList (typing narrows long lists first) */
async function pick(list: string, value: string, type?: string) {
  if (type) await fill(`${list} .adm-pick-search`, type)
  await tap(`${list} .adm-chip[data-value="${value}"]`)
}

async function placesXlsx(rows: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('地址库')
  sheet.addRow(PLACE_COLUMNS.map((c) => c.header))
  for (const r of rows) sheet.addRow(r)
  return Buffer.from(await book.xlsx.writeBuffer())
}

test('rule with 试一下 → saved → a new report follows it; places import refuses two bad rows; holiday calendar', async () => {
  const resident = await host.login('resident-a')
  const before = await host.ok('report', 'submit', reportOf({ categoryCode: 'stairwell_light' }), resident)
  expect(before.handler.kind).toBe('property')

  // the street admin lands on the dashboard and opens 分派规则 from its grid of entries
  await page.setViewportSize(DESK)
  await open(page, `${host.url}/#/pages/dev/personas/index`)
  await seen('吴强').click(T)
  await page.waitForURL(/packageAdmin\/pages\/dashboard/, T)
  await settled(page)
  await tap('.admin-link-rules')
  await page.waitForURL(/packageAdmin\/pages\/rules/, T)
  await el('.rule-row').waitFor(T)

  // 1. a new rule: 楼道灯 × 博泰佳苑 → 网格员 (its own grid), then 试一下 on 3号楼, 报物业
  await tap('.rules-new')
  await pick('.rule-editor .rule-category', 'stairwell_light', '楼道灯')
  await pick('.rule-editor .rule-estate', 'es-botai')
  await tap('.rule-editor .rule-handler[data-value="grid"]')
  await pick('.rule-editor .rule-org', 'gd-beiyuan-1')
  // the client checks the draft with the server's own schema first, and says what is missing by the field
  await tap('.try-run')
  await el('.rule-editor .has-error .adm-error').waitFor(T)
  expect(await el('.rule-editor .has-error .adm-error').textContent()).toBe('请写明分派理由')
  await fill('.rule-editor .rule-reason', '本小区楼道灯由网格员统一报修')
  await pick('.try-estate', 'es-botai')
  await pick('.try-building', 'bd-botai-3')
  await tap('.try-channel[data-value="property"]')
  await tap('.try-run')
  await el('.try-out').waitFor(T)
  const sides = await page.locator('.try-side >> visible=true').allTextContents()
  expect(sides[0]).toMatch(/^现在物业 · /)
  expect(sides[1]).toContain('保存后（有变化）')
  expect(sides[1]).toContain('网格员 · ')
  expect(sides[1]).toContain('本小区楼道灯由网格员统一报修')
  expect(await el('.try-impact').textContent()).toContain(before.number)
  expect(await host.platform.store.collection('routing_rules').count({ estateId: 'es-botai' })).toBe(0)
  await shots('rules-preview', '.try-out')

  // 2. saved: it is listed
  await tap('.rule-save')
  await el('.rule-row .adm-tag-orange').waitFor(T)
  const saved = await host.platform.store
    .collection('routing_rules')
    .find({ where: { estateId: 'es-botai', categoryCode: 'stairwell_light' }, limit: 5 })
  expect(saved.items.map((r) => [r.handler, r.orgId])).toEqual([['grid', 'gd-beiyuan-1']])

  // 3. a new report follows the rule; the one filed before stays where it was
  const after = await host.ok('report', 'submit', reportOf({ categoryCode: 'stairwell_light' }), resident)
  expect(after.handler).toMatchObject({ kind: 'grid', orgId: 'gd-beiyuan-1' })
  expect((await host.platform.store.collection('workorders').get(before.id))?.handlerKind).toBe('property')

  // 4. 地址库: an .xlsx with two good rows and two bad ones (an unknown company, a building without a name)
  await open(page, `${host.url}/#/packageAdmin/pages/places/index`)
  await el('.place-row').waitFor(T)
  const sheet = await placesXlsx([
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
  ])
  const chooser = page.waitForEvent('filechooser')
  await tap('.places-import')
  await (await chooser).setFiles({
    name: '新苑小区.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: sheet,
  })
  await el('.import-table').waitFor(T)
  const refused = page.locator('.import-row.is-refused >> visible=true')
  expect(await refused.count()).toBe(2)
  expect(await refused.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row')))).toEqual(['4', '5'])
  expect(await refused.nth(0).textContent()).toMatch(/未导入.*物业公司/)
  expect(await refused.nth(1).textContent()).toMatch(/未导入.*名称不能为空/)
  expect(await page.locator('.import-row:not(.is-refused) >> visible=true').allTextContents()).toEqual([
    '2新增',
    '3新增',
  ])
  expect(await host.platform.store.collection('places').get('bd-xinyuan-3')).toBeNull()
  await shots('places-import', '.import-result')

  // 博泰佳苑 changes its property company: asked whether the open order moves too, the admin says yes
  await tap('.place-row[data-id="es-botai"]')
  await pick('.place-editor .place-company', 'pc-jinyu')
  await tap('.place-save')
  await seen('更换物业公司').waitFor(T)
  await page.locator('.taro-model__btn').filter({ hasText: '一并转走', visible: true }).first().click(T)
  await el('.place-moved').waitFor(T)
  expect(await el('.place-moved').textContent()).toContain('已把 1 张在办工单转给新单位')
  expect((await host.platform.store.collection('workorders').get(before.id))?.handlerOrgId).toBe('pc-jinyu')

  // 5. 放假安排: next year's 1 January as a day off
  const nextYear = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear() + 1
  await open(page, `${host.url}/#/packageAdmin/pages/holidays/index`)
  await el(`.hol-day[data-date="${nextYear}-01-01"]`).waitFor(T)
  await el('.holidays-missing').waitFor(T)
  expect(await el('.holidays-missing').textContent()).toContain(
    `${nextYear}年放假安排待录入${nextYear}年放假安排尚未录入`,
  )
  await shots('holidays-missing', '.holidays-missing')
  await tap(`.hol-day[data-date="${nextYear}-01-01"]`)
  await tap(`.hol-day[data-date="${nextYear}-01-02"]`)
  expect(await el(`.hol-day[data-date="${nextYear}-01-01"]`).getAttribute('class')).toContain('is-holiday')
  // a Saturday tapped becomes a 调休 workday
  expect(await el(`.hol-day[data-date="${nextYear}-01-02"]`).getAttribute('class')).toMatch(/is-workday|is-holiday/)
  await tap('.holidays-submit')
  await page
    .locator('.holidays-missing')
    .first()
    .waitFor({ state: 'hidden', ...T })
  const stored = await host.ok('admin', 'holidays', { year: nextYear }, await host.login('street-admin'))
  expect(stored.arrangement.holidays).toContain(`${nextYear}-01-01`)
  await shots('holidays', '.holidays-toolbar')

  // the audit log has each write, newest first
  await open(page, `${host.url}/#/packageAdmin/pages/audit/index`)
  await el('.audit-row').waitFor(T)
  const actions = await page
    .locator('.audit-row >> visible=true')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action')))
  expect(actions[0]).toBe('admin.saveHolidays')
  expect(actions).toContain('admin.saveRule')
  expect(actions).toContain('admin.importPlaces')
  await shots('audit', '.audit-row')

  // 报事类别: a name left empty is named by the field; a save against a version someone else changed
  // meanwhile is refused with their version shown
  await open(page, `${host.url}/#/packageAdmin/pages/categories/index`)
  await tap('.category-row[data-code="stairwell_light"]')
  await fill('.category-editor .category-name', '')
  await tap('.category-save')
  await el('.category-editor .has-error .adm-error').waitFor(T)
  expect(await el('.category-editor .has-error .adm-error').textContent()).toBe('不能为空')
  const other = await host.login('street-admin')
  const current = (await host.ok('admin', 'categories', {}, other)).items.find(
    (i: { category: { code: string } }) => i.category.code === 'stairwell_light',
  )
  await host.ok(
    'admin',
    'saveCategory',
    { category: { ...current.category, resolveHours: 12 }, expectedVersion: current.version },
    other,
  )
  await fill('.category-editor .category-name', '楼道灯不亮')
  await tap('.category-save')
  await el('.adm-conflict').waitFor(T)
  expect(await el('.adm-save-error').textContent()).toContain('已被他人修改')
  expect(await el('.adm-conflict').textContent()).toMatch(/办结时限\(小时\)8 → 12/)
  await shots('category-conflict', '.adm-conflict')
  // loaded again at the new version, the edit goes through and keeps the other person's change
  await tap('.adm-conflict-reload')
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll<HTMLInputElement>('.category-resolve input')).some((i) => i.value === '12'),
  )
  await fill('.category-editor .category-name', '楼道灯不亮')
  await tap('.category-save')
  await el('.categories-help').waitFor(T)
  expect(await host.platform.store.collection('categories').get('stairwell_light')).toMatchObject({
    name: '楼道灯不亮',
    resolveHours: 12,
  })

  // the other pages open without errors
  for (const [name, ready] of [
    ['orgs', '.org-row'],
    ['settings', '.settings-form'],
  ] as const) {
    await open(page, `${host.url}/#/packageAdmin/pages/${name}/index`)
    await el(ready).waitFor(T)
  }
  await shots('settings', '.settings-form')
  await open(page, `${host.url}/#/packageAdmin/pages/dashboard/index`)
  await el('.admin-links').waitFor(T)
  await shots('dashboard-links', '.admin-links')
  expect(phone.pageErrors).toEqual([])
})
