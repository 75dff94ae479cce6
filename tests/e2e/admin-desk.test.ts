/**
 * The admin lists at a desk in headless Chromium on the H5 build (issue 11): 吴强 (street admin) at
 * 1280×800 sees 报事类别, 地址库, 物业与部门, 分派规则, 工作人员 and 审计日志 as tables (DeskTable) with their
 * headers and every row; sorts by a column both ways; opens a row in the pane beside the table (by
 * mouse and by keyboard); narrows a table with the search box; and at 375×812 the same lists are
 * cards again. Screenshots: admin-desk-<list>-1280, admin-desk-rules-phone (in .temp/screenshots).
 */
import path from 'node:path'
import type { Page } from 'playwright-core'
import { DESK_VIEWPORT as DESK, PHONE_VIEWPORT as PHONE, SCREENSHOTS } from '../support/browser'
import { open, phoneSession, seen, settled, T, tap as tapOn, toastGone, visible } from '../support/phone-session'
import type { TestHost } from '../support/test-host'

const phone = phoneSession()
let host: TestHost
let page: Page
beforeAll(() => {
  ;({ host, page } = phone)
})

const el = (selector: string) => visible(page, selector)
const tap = (selector: string) => tapOn(page, selector)
const texts = (selector: string) => page.locator(`${selector} >> visible=true`).allTextContents()
/** the header cells' words, without the sort arrows */
const headers = async () => (await texts('.dt-th')).map((t) => t.replace(/[▲▼⇅]/g, '').trim())
const column = (key: string) => texts(`.dt-row .dt-col-${key}`)
const zh = (a: string, b: string) => a.localeCompare(b, 'zh-CN')
const hours = (cells: string[]) => cells.map((c) => Number.parseInt(c, 10))

async function openList(name: string) {
  await open(page, `${host.url}/#/packageAdmin/pages/${name}/index`)
  await page.getByRole('table').filter({ visible: true }).first().waitFor(T)
  await el('.dt-row').waitFor(T)
  // at a desk the phone cards are not rendered
  expect(await page.locator('.adm-row >> visible=true').count()).toBe(0)
}

/**
 * Readable at 1280: the table fits its column (no sideways scroll), and every name is on one line
 * (an inline text broken across lines has more than one client rect).
 */
async function readable() {
  const out = await page.evaluate(() => {
    const scroll = Array.from(document.querySelectorAll<HTMLElement>('.dt-scroll')).find((e) => e.offsetParent)
    const names = Array.from(document.querySelectorAll<HTMLElement>('.dt-row .dt-name'))
    return {
      overflow: scroll ? scroll.scrollWidth - scroll.clientWidth : -1,
      broken: names.filter((n) => n.getClientRects().length > 1).map((n) => n.textContent),
    }
  })
  expect(out).toEqual({ overflow: 0, broken: [] })
}

async function shot(name: string) {
  await readable()
  await settled(page)
  await toastGone(page)
  await page.screenshot({ path: path.join(SCREENSHOTS, `admin-desk-${name}-1280.png`) })
}

test('报事类别 as a table: headers, every row, sorted both ways, opened beside it, searched', async () => {
  const admin = await host.login('street-admin')
  const { items } = await host.ok('admin', 'categories', {}, admin)
  await page.setViewportSize(DESK)
  await open(page, `${host.url}/#/pages/dev/personas/index`)
  await seen(page, '吴强').click(T)
  await page.waitForURL(/packageAdmin\/pages\/dashboard/, T)

  await openList('categories')
  expect(await headers()).toEqual(['类别', '分组', '默认处理', '签收时限', '办结时限', '办结拍照', '状态'])
  expect(await page.getByRole('row').filter({ visible: true }).count()).toBe(items.length + 1)
  expect(await page.getByRole('columnheader').filter({ visible: true }).count()).toBe(7)

  // 办结时限: ascending, then descending, the arrow and aria-sort saying which
  await tap('.dt-th[data-sort="resolve"]')
  const up = hours(await column('resolve'))
  expect(up).toEqual([...up].sort((a, b) => a - b))
  expect(new Set(up).size).toBeGreaterThan(1)
  expect(await el('.dt-th[data-sort="resolve"]').getAttribute('aria-sort')).toBe('ascending')
  expect(await el('.dt-th[data-sort="resolve"] .dt-arrow').textContent()).toBe('▲')
  await tap('.dt-th[data-sort="resolve"]')
  const down = hours(await column('resolve'))
  expect(down).toEqual([...up].sort((a, b) => b - a))
  expect(await el('.dt-th[data-sort="resolve"]').getAttribute('aria-sort')).toBe('descending')
  // 分组 in pinyin order
  await tap('.dt-th[data-sort="group"]')
  const groups = await column('group')
  expect(groups).toEqual([...groups].sort(zh))
  expect(await el('.dt-th[data-sort="resolve"]').getAttribute('aria-sort')).toBe('none')

  // a row opens in the editor beside the table, and is marked
  await tap('.category-row[data-code="stairwell_light"]')
  await el('.category-editor').waitFor(T)
  expect(await el('.category-editor .adm-editor-title').textContent()).toMatch(/^修改：/)
  expect(await el('.category-row.is-open').getAttribute('data-code')).toBe('stairwell_light')
  expect(await el('.category-row.is-open').getAttribute('aria-selected')).toBe('true')
  const table = await el('.dt-scroll').boundingBox()
  const editor = await el('.category-editor').boundingBox()
  expect(editor && table && editor.x > table.x + table.width - 1).toBe(true)
  await shot('categories')

  // by keyboard: focus a row, ↓ to the next, Enter opens it
  const firstTwo = await page
    .locator('.dt-row >> visible=true')
    .evaluateAll((rows) => rows.slice(0, 2).map((r) => r.getAttribute('data-code')))
  await el(`.dt-row[data-code="${firstTwo[0]}"]`).focus()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await page.waitForFunction(
    (code) => document.querySelector('.category-row.is-open')?.getAttribute('data-code') === code,
    firstTwo[1],
    T,
  )

  // the search box narrows the table
  const elevator = items.find((i: { category: { code: string } }) => i.category.code === 'elevator_fault')
  await el('.categories-search input').fill(elevator.category.name)
  await page.waitForFunction(() => document.querySelectorAll('.dt-row').length === 1, undefined, T)
  expect(await el('.dt-row').getAttribute('data-code')).toBe('elevator_fault')
  expect(phone.pageErrors).toEqual([])
})

test('地址库, 物业与部门, 分派规则 and 工作人员 as tables: sorted, opened beside the table, searched', async () => {
  await page.setViewportSize(DESK)
  // 地址库: sorted by name (pinyin) both ways; a search goes to the server and the table follows it
  await openList('places')
  expect(await headers()).toEqual(['名称', '类型', '属于', '物业公司', '单元', '编号'])
  await tap('.dt-th[data-sort="name"]')
  const names = await column('name')
  expect(names).toEqual([...names].sort(zh))
  await tap('.dt-th[data-sort="name"]')
  expect(await column('name')).toEqual([...names].reverse())
  await el('.places-search input').fill('es-botai')
  await page.waitForFunction(() => document.querySelectorAll('.dt-row').length === 1, undefined, T)
  await tap('.place-row[data-id="es-botai"]')
  await el('.place-editor').waitFor(T)
  expect(await el('.place-editor .adm-editor-title').textContent()).toBe('修改小区：博泰佳苑')
  expect(await el('.place-row.is-open').getAttribute('data-id')).toBe('es-botai')
  await shot('places')

  // 物业与部门: by kind, 物业公司 and 职能部门 each together
  await openList('orgs')
  expect(await headers()).toEqual(['单位名称', '类型', '电话', '联系人', '值班', '服务小区'])
  await tap('.dt-th[data-sort="kind"]')
  const kinds = await column('kind')
  expect(kinds).toEqual([...kinds].sort(zh))
  expect(new Set(kinds)).toEqual(new Set(['物业公司', '职能部门']))
  const firstOrg = await el('.org-row').getAttribute('data-id')
  await tap(`.org-row[data-id="${firstOrg}"]`)
  await el('.org-editor').waitFor(T)
  expect(await el('.org-row.is-open').getAttribute('data-id')).toBe(firstOrg)
  await shot('orgs')

  // 分派规则: by priority, highest first on the second click
  await openList('rules')
  expect(await headers()).toEqual(['类别', '适用范围', '派给', '优先级', '分派理由', '状态'])
  await tap('.dt-th[data-sort="priority"]')
  await tap('.dt-th[data-sort="priority"]')
  const priorities = (await column('priority')).map(Number)
  expect(priorities).toEqual([...priorities].sort((a, b) => b - a))
  expect(priorities[0]).toBeGreaterThan(priorities[priorities.length - 1])
  const top = await el('.rule-row').getAttribute('data-id')
  await tap(`.rule-row[data-id="${top}"]`)
  await el('.rule-editor').waitFor(T)
  expect(await el('.rule-row.is-open').getAttribute('data-id')).toBe(top)
  await shot('rules')

  // 工作人员 of 博泰佳苑物业: by name, one opened beside the table with 移除
  await openList('staff')
  await el('.staff-org .adm-pick-search input').fill('博泰')
  await tap('.staff-org .adm-chip[data-value="pc-botai"]')
  await page.waitForFunction(() => document.querySelectorAll('.dt-row').length > 2, undefined, T)
  expect(await headers()).toEqual(['姓名', '岗位', '状态'])
  await tap('.dt-th[data-sort="name"]')
  const people = await column('name')
  expect(people).toEqual([...people].sort(zh))
  await tap('.dt-th[data-sort="name"]')
  expect(await column('name')).toEqual([...people].reverse())
  const second = await page.locator('.staff-row >> visible=true').nth(1).getAttribute('data-user')
  await tap(`.staff-row[data-user="${second}"]`)
  await el(`.staff-detail[data-user="${second}"] .staff-remove`).waitFor(T)
  expect(await el('.staff-row.is-open').getAttribute('data-user')).toBe(second)
  await shot('staff')
  expect(phone.pageErrors).toEqual([])
})

test('审计日志 as a table with the record beside it; on a phone every list is cards again', async () => {
  // two admin writes to list
  const admin = await host.login('street-admin')
  const { items } = await host.ok('admin', 'categories', {}, admin)
  for (const code of ['stairwell_light', 'elevator_fault']) {
    const it = items.find((i: { category: { code: string } }) => i.category.code === code)
    await host.ok(
      'admin',
      'saveCategory',
      { category: { ...it.category, resolveHours: it.category.resolveHours + 1 }, expectedVersion: it.version },
      admin,
    )
  }
  await page.setViewportSize(DESK)
  await openList('audit')
  expect(await headers()).toEqual(['时间', '操作', '对象', '操作人', '角色'])
  const newestFirst = await page
    .locator('.audit-row >> visible=true')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')))
  expect(newestFirst.length).toBeGreaterThanOrEqual(2)
  // the newest is open until another is chosen
  expect(await el('.audit-detail').getAttribute('data-id')).toBe(newestFirst[0])
  await tap('.dt-th[data-sort="at"]')
  const oldestFirst = await page
    .locator('.audit-row >> visible=true')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')))
  expect(oldestFirst).toEqual([...newestFirst].reverse())
  await tap(`.audit-row[data-id="${newestFirst[1]}"]`)
  await page.waitForFunction(
    (id) => document.querySelector('.audit-detail')?.getAttribute('data-id') === id,
    newestFirst[1],
    T,
  )
  expect(await el('.audit-detail').textContent()).toMatch(/办结时限\(小时\)\d+ → \d+/)
  await shot('audit')

  // a phone: cards, no table, for each list
  await page.setViewportSize(PHONE)
  for (const [name, card] of [
    ['audit', '.card.audit-row'],
    ['categories', '.adm-row.category-row'],
    ['places', '.adm-row.place-row'],
    ['orgs', '.adm-row.org-row'],
    ['staff', '.adm-row.staff-row'],
    ['rules', '.adm-row.rule-row'],
  ] as const) {
    await open(page, `${host.url}/#/packageAdmin/pages/${name}/index`)
    await el(card).waitFor(T)
    expect(await page.locator('.dt >> visible=true').count()).toBe(0)
  }
  await settled(page)
  await page.screenshot({ path: path.join(SCREENSHOTS, 'admin-desk-rules-phone.png') })
  expect(phone.pageErrors).toEqual([])
})

test('证明目录 as a table: every type, sorted by time limit both ways, opened beside it; cards on a phone', async () => {
  const { items } = await host.ok('certificate', 'listTypes', {}, await host.login('street-admin'))
  await page.setViewportSize(DESK)
  await openList('catalogue')
  expect(await headers()).toEqual(['证明名称', '办理方式', '承诺时限', '有效期', '办理用途', '状态'])
  expect(await page.locator('.dt-row >> visible=true').count()).toBe(items.length)
  // 承诺时限: 即时办结 first, then by working days; reversed on the second click
  const daysOf = (cells: string[]) =>
    cells.map((c) => (c === '即时办结' ? 0 : Number.parseInt(c.replace(/\D+/g, ''), 10)))
  await tap('.dt-th[data-sort="limit"]')
  const up = daysOf(await column('limit'))
  expect(up).toEqual([...up].sort((a, b) => a - b))
  await tap('.dt-th[data-sort="limit"]')
  expect(daysOf(await column('limit'))).toEqual([...up].reverse())
  // a row opens in the editor beside the table
  await tap('.cert-type-row[data-code="JZZM"]')
  await el('.cert-editor').waitFor(T)
  expect(await el('.cert-editor .adm-editor-title').textContent()).toBe('编辑：居住证明')
  expect(await el('.cert-type-row.is-open').getAttribute('data-code')).toBe('JZZM')
  expect(await el('.cert-edit-code input').inputValue()).toBe('JZZM')
  await shot('catalogue')

  await page.setViewportSize(PHONE)
  await open(page, `${host.url}/#/packageAdmin/pages/catalogue/index`)
  await el('.card.cert-type-row').waitFor(T)
  expect(await page.locator('.dt >> visible=true').count()).toBe(0)
  expect(phone.pageErrors).toEqual([])
})

test('民生集市 as a table with the market’s figures beside it; on a phone a new market is cut, saved and published', async () => {
  const admin = await host.login('street-admin')
  const { items } = await host.ok('market', 'list', {}, admin)
  expect(items.length).toBeGreaterThan(0)
  await page.setViewportSize(DESK)
  await openList('market')
  expect(await headers()).toEqual(['集市', '时间', '地点', '摊位', '状态'])
  expect(await page.locator('.dt-row >> visible=true').count()).toBe(items.length)
  await tap(`.market-row[data-id="${items[0].id}"]`)
  await el('.market-pane .market-stats').waitFor(T)
  expect(await el('.market-pane .adm-editor-title').textContent()).toBe(items[0].title)
  expect(await el('.market-pane .market-stats').textContent()).toMatch(/预约率 \d+% · 爽约率 \d+% · 候补转化 \d+%/)
  await shot('market')

  // a phone: cards; 新建集市 cuts the hours into slots, saves a draft, and 发布 publishes it
  await page.setViewportSize(PHONE)
  await open(page, `${host.url}/#/packageAdmin/pages/market/index`)
  await el('.card.market-row').waitFor(T)
  expect(await page.locator('.dt >> visible=true').count()).toBe(0)
  await tap('.market-new')
  await el('.market-title input').fill('海北冬季民生集市')
  await el('.market-date input').fill('2026-12-26')
  await el('.market-stalls input').fill('义剪,义诊')
  await el('.market-editor .alert-blue')
    .filter({ hasText: '2个摊位 × 5个时段，每段6人（线上4人，其余留给现场）' })
    .waitFor(T)
  await tap('.market-save')
  const cards = () => page.locator('.card.market-row >> visible=true').filter({ hasText: '海北冬季民生集市' })
  const card = cards().first()
  await card.waitFor(T)
  await card.getByText('发布').click(T)
  await cards().filter({ hasText: '已发布' }).first().waitFor(T)
  const saved = (await host.ok('market', 'list', {}, admin)).items.find(
    (m: { title: string }) => m.title === '海北冬季民生集市',
  )
  expect(saved).toMatchObject({ status: 'published', stallNames: ['义剪', '义诊'] })
  expect(phone.pageErrors).toEqual([])
})
