/**
 * The first screen of every staff persona the README shows, in headless Chromium on the H5 build at
 * 375×812: each lands on their own work page with nothing answered 403, and sees what their work is:
 * - 郑涛 (department officer): the 吹哨 order with its marker and his 报到 deadline;
 * - 孙经理 (property manager), 周敏 (community admin) and 陈静 (网格长): their org's inbox with its
 *   counts, and under 全部 the order (the company's, whistled by the community) or the grids' own work;
 * - 吴强 (street admin): the 街道工作台.
 * Screenshots: persona-<key>-phone (in .temp/screenshots; the README's come from there).
 */
import type { Page } from 'playwright-core'
import { open, phoneSession, screenshot, seen as seenOn, T, tap, visible as visibleOn } from '../support/phone-session'
import { reportOf } from '../support/report-helpers'
import type { TestHost } from '../support/test-host'

const phone = phoneSession()
let host: TestHost
let page: Page
const forbidden: string[] = []
let order: { id: string }

beforeAll(async () => {
  ;({ host, page } = phone)
  page.on('response', (r) => {
    if (r.status() === 403) forbidden.push(r.url())
  })
  // a resident's report to the property company, whistled to the 城管中队 by the community
  order = await host.ok('report', 'submit', reportOf({ buildingId: 'bd-botai-3' }), await host.login('resident-a'))
  await host.ok(
    'workorder',
    'whistle',
    { id: order.id, departmentId: 'dp-chengguan', note: '楼道堆物需城管协助清理' },
    await host.login('community-admin'),
  )
})

afterEach(() => {
  expect(forbidden).toEqual([])
})

async function firstScreen(name: string, landing: RegExp) {
  await open(page, `${host.url}/#/pages/dev/personas/index`)
  await seenOn(page, name).click(T)
  await page.waitForURL(landing, T)
  await page.waitForFunction(() => !document.querySelector('.nut-loading, .page-loading'), undefined, T)
}

const STAFF_INBOX = /packageStaff\/pages\/inbox\/index/
const orderCard = () => visibleOn(page, `.inbox-item[data-id="${order.id}"]`)

test('郑涛 (department officer): the 吹哨 order, its marker and his 报到 deadline', async () => {
  await firstScreen('郑涛', STAFF_INBOX)
  await orderCard().waitFor(T)
  await visibleOn(page, `.inbox-item[data-id="${order.id}"] .s-badge-whistle`).waitFor(T)
  expect(await orderCard().textContent()).toContain('报到')
  await screenshot(page, 'persona-dept-officer-phone')
})

test.each([
  // the report went to the property company, and the community whistled it
  ['孙经理', 'property-manager', '博泰佳苑物业服务中心', () => orderCard()],
  ['周敏', 'community-admin', '北苑社区', () => orderCard()],
  // the 网格长's list is her grids' own work (the property company's order is not hers)
  ['陈静', 'grid-leader', '北苑社区', () => visibleOn(page, '.inbox-item:has-text("北苑社区第一网格")')],
])('%s lands on the inbox of their org, with its counts, and their work under 全部', async (name, key, org, work) => {
  await firstScreen(name, STAFF_INBOX)
  await seenOn(page, org).waitFor(T)
  await visibleOn(page, '.inbox-filter-todo .inbox-filter-count').waitFor(T)
  for (const count of await page.locator('.inbox-filter-count >> visible=true').allTextContents()) {
    expect(count).toMatch(/^\d+$/)
  }
  await screenshot(page, `persona-${key}-phone`)
  await tap(page, '.inbox-filter-all')
  await work().waitFor(T)
})

test("孙经理's empty 待办 says the company's orders are in hand and opens 在办 in one tap", async () => {
  await firstScreen('孙经理', STAFF_INBOX)
  const open = Number(await visibleOn(page, '.inbox-filter-open .inbox-filter-count').textContent())
  expect(open).toBeGreaterThan(0)
  await seenOn(page, `本单位还有 ${open} 张在办`).waitFor(T)
  await tap(page, `text=查看在办（${open}）`)
  await orderCard().waitFor(T)
  const shown = await page.locator('.inbox-item >> visible=true').count()
  expect(shown).toBeGreaterThan(0)
  expect(shown).toBeLessThanOrEqual(open)
})

test('吴强 (street admin): the 街道工作台 with 督办考核, 物业红黑榜 and the street configuration', async () => {
  await firstScreen('吴强', /packageAdmin\/pages\/dashboard\/index/)
  for (const text of ['督办考核', '物业红黑榜', '报事类别', '分派规则']) await seenOn(page, text).waitFor(T)
  await screenshot(page, 'persona-street-admin-phone')
})
