/**
 * 红黑榜评分设置 end to end in headless Chromium on the H5 build: 吴强 (street admin) opens it from
 * 物业红黑榜, sees the weights in force and their total, types weights that make 110 and is told so
 * before saving (and a save then changes nothing), corrects them to 100, raises the minimum ratings,
 * and saves; the board's settings are what he typed.
 */
import path from 'node:path'
import type { Page } from 'playwright-core'
import { DESK_VIEWPORT, SCREENSHOTS } from '../support/browser'
import { open, phoneSession, seen, settled, T, tap, toastGone, visible } from '../support/phone-session'
import type { TestHost } from '../support/test-host'

const phone = phoneSession()
let host: TestHost
let page: Page
beforeAll(() => {
  ;({ host, page } = phone)
})

const el = (selector: string) => visible(page, selector)
const typeInto = (key: string, value: string) => el(`.bs-${key} input`).fill(value)
async function shot(name: string, focus: string) {
  await settled(page)
  await toastGone(page)
  await el(focus).scrollIntoViewIfNeeded()
  await page.screenshot({ path: path.join(SCREENSHOTS, `board-settings-${name}.png`) })
}

test('a street admin edits the weights, sees the total and the errors before saving, and saves', async () => {
  const admin = await host.login('street-admin')
  await open(page, `${host.url}/#/pages/dev/personas/index`)
  await seen(page, '吴强').click(T)
  await page.waitForURL(/packageAdmin\/pages\/dashboard/, T)
  await tap(page, '.dash-sv-board')
  await page.waitForURL(/packageAdmin\/pages\/board\//, T)
  await tap(page, '.bd-settings')
  await page.waitForURL(/packageAdmin\/pages\/board-settings/, T)

  // the defaults in force, explained, totalling 100
  await el('.bs-w-residents input').waitFor(T)
  expect(await el('.bs-w-residents input').inputValue()).toBe('40')
  expect(await el('.bs-total').textContent()).toContain('四项合计 100 / 100 分')
  await seen(page, '居民评价（分）').waitFor(T)
  await seen(page, /每千户工单数，越少得分越高/).waitFor(T)

  // 50 + 30 + 20 + 10: told before saving; a save then changes nothing
  await typeInto('w-residents', '50')
  await el('.bs-total.is-bad').waitFor(T)
  expect(await el('.bs-total').textContent()).toContain('四项合计 110 / 100 分')
  expect(await el('.bs-total').textContent()).toContain('多了 10 分')
  await typeInto('minRatings', '0')
  await seen(page, '不能小于1').waitFor(T)
  await tap(page, '.bs-save')
  await el('.adm-save-error').waitFor(T)
  expect((await host.ok('board', 'settings', {}, admin)).version).toBeNull()
  await shot('invalid', '.bs-total')

  // 50 + 30 + 20 + 0 = 100, at least 40 ratings: saved
  await typeInto('w-intensity', '0')
  await typeInto('minRatings', '40')
  await el('.bs-total.is-ok').waitFor(T)
  expect(await el('.bs-total').textContent()).toContain('合计正好为100')
  await tap(page, '.bs-save')
  await seen(page, '当前设置（第 1 版）').waitFor(T)
  const saved = await host.ok('board', 'settings', {}, admin)
  expect(saved.settings).toMatchObject({
    weights: { residents: 50, efficiency: 30, checklist: 20, intensity: 0 },
    minRatings: 40,
    minSurveyHouseholds: 20,
  })
  await shot('saved', '.bs-weights')
  await page.setViewportSize(DESK_VIEWPORT)
  await shot('saved-desk', '.bs-weights')
  expect(phone.pageErrors).toEqual([])
})
