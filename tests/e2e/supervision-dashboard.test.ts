/**
 * 督办考核 in headless Chromium on the H5 build: after three months of real reports (acknowledged,
 * one late, resolved, rated, one reopened three times), 吴强 (street admin) opens the dashboard from
 * the 街道工作台 and sees
 * 1. eight KPI cards with the API's own figures (— where a denominator is empty),
 * 2. the F2 trend and by-org charts really drawn (painted pixels, several colours),
 * 3. 导出Excel: an .xlsx that opens with exceljs, one sheet per level plus the orders,
 * 4. the drill-down street → 北苑社区 → 第一网格 → its 问题工单 → the order itself.
 * Screenshots at 1280×800 and 375×812.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { createManualClock } from '../../cloudfunctions/_platform/runtime/clock'
import { percent, periodOf } from '../../src/packageAdmin/pages/supervision/parts/period'
import { KPI_KEYS, type KpisOutput } from '../../types/supervision'
import { DESK_VIEWPORT as DESK, PHONE_VIEWPORT as PHONE, SCREENSHOTS } from '../support/browser'
import { inkOf, inkSettled } from '../support/canvas-pixels'
import { open, phoneSession, seen, settled, T, tap, toastGone, visible } from '../support/phone-session'
import { makeSupervisionHistory } from '../support/supervision-history'
import type { TestHost } from '../support/test-host'

const realNow = new Date()
const clock = createManualClock(realNow)
const phone = phoneSession({ clock })
let host: TestHost
let page: Page
beforeAll(() => {
  ;({ host, page } = phone)
})

const el = (selector: string) => visible(page, selector)

async function shots(name: string, focus: string) {
  for (const [size, tag] of [
    [DESK, 'desk'],
    [PHONE, 'phone'],
  ] as const) {
    await page.setViewportSize(size)
    await settled(page)
    await toastGone(page)
    await el(focus).scrollIntoViewIfNeeded()
    await inkSettled(page, '#sv-trend canvas, #sv-bars canvas') // the charts redraw for the new width
    await page.screenshot({ path: path.join(SCREENSHOTS, `supervision-${name}-${tag}.png`) })
  }
  await page.setViewportSize(DESK)
}

test('street admin: KPI cards, drawn charts, Excel export, drill-down to a 问题工单', async () => {
  await makeSupervisionHistory(host, clock, realNow)
  const admin = await host.login('street-admin')
  const period = periodOf('last3', new Date())
  const api: KpisOutput = await host.ok(
    'supervision',
    'kpis',
    { scope: { kind: 'street', id: 'st-haibei' }, ...period },
    admin,
  )
  expect(api.counts.orders).toBeGreaterThanOrEqual(8)
  expect(api.trend.filter((p) => p.kpis.onTimeResolveRate !== null).length).toBeGreaterThanOrEqual(2)

  // from the 街道工作台 to 督办考核
  await page.setViewportSize(DESK)
  await open(page, `${host.url}/#/pages/dev/personas/index`)
  await seen(page, '吴强').click(T)
  await page.waitForURL(/packageAdmin\/pages\/dashboard/, T)
  await settled(page)
  await tap(page, '.dash-sv-supervision')
  await page.waitForURL(/packageAdmin\/pages\/supervision/, T)
  await el('.sv-card').waitFor(T)

  // 1. the cards say what the API says, — for an empty denominator
  for (const k of KPI_KEYS) {
    expect([k, (await el(`.sv-card-${k} .sv-card-value`).textContent())?.trim()]).toEqual([k, percent(api.kpis[k])])
  }
  const orgRates = await page.locator('.sv-org .sv-org-rate >> visible=true').allTextContents()
  expect(orgRates.length).toBe(api.byOrg.length)
  expect(orgRates).toContain('—') // communities without orders are —, never 0%

  // 2. both charts drew: many painted pixels in several colours (lines and legend; bars and axes)
  await page.waitForFunction(() => document.querySelectorAll('#sv-trend canvas, #sv-bars canvas').length === 2, T)
  await inkSettled(page, '#sv-trend canvas, #sv-bars canvas')
  const trend = await inkOf(page, '#sv-trend canvas')
  const bars = await inkOf(page, '#sv-bars canvas')
  expect(trend.painted).toBeGreaterThan(2000)
  expect(trend.colours).toBeGreaterThanOrEqual(3)
  expect(bars.painted).toBeGreaterThan(2000)
  expect(bars.colours).toBeGreaterThanOrEqual(2)
  await shots('cards', '.sv-cards')
  await shots('charts', '.sv-charts')

  // 3. 导出Excel at street scope: a real workbook
  const download = page.waitForEvent('download', T)
  await tap(page, '.sv-export-btn')
  const file = await (await download).path()
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(readFileSync(file) as unknown as ArrayBuffer)
  expect(book.worksheets.length).toBeGreaterThanOrEqual(2)
  await el('.sv-export-done').waitFor(T)

  // 4. drill down: 北苑社区 → its grids → 第一网格's 问题工单 → the order
  await tap(page, '.sv-org-community[data-id="cm-beiyuan"]')
  await el('.sv-crumb.is-current[data-kind="community"]').waitFor(T)
  await el('.sv-org-grid').waitFor(T)
  await tap(page, '.sv-org-grid[data-id="gd-beiyuan-1"]')
  await el('.sv-crumb.is-current[data-kind="grid"]').waitFor(T)
  await el('.sv-problem').waitFor(T)
  expect(await el('.sv-problem').textContent()).toContain('重办3次')
  await shots('grid-problems', '.sv-problems')
  const problemId = await el('.sv-problem').getAttribute('data-id')
  await tap(page, '.sv-problem')
  await page.waitForURL(new RegExp(`packageStaff/pages/order/index\\?id=${problemId}`), T)
  expect(phone.pageErrors).toEqual([])
})
