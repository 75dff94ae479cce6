/**
 * The H5 build in headless Chromium against the real local host: a resident picks the persona
 * resident-a and lands on the home page with their name and address. Saves a 375×812 screenshot.
 */
import path from 'node:path'
import type { Page } from 'playwright-core'
import { SCREENSHOTS } from '../support/browser'
import { pngOf } from '../support/images'
import { phoneSession, settled as settledOn, tap, visible } from '../support/phone-session'
import type { TestHost } from '../support/test-host'

const phone = phoneSession()
let host: TestHost
let page: Page
const pageErrors = phone.pageErrors
beforeAll(() => {
  ;({ host, page } = phone)
})

const tapOnRefreshPage = (selector: string) => tap(page, selector)
const settled = () => settledOn(page)

test('resident-a logs in through the persona picker and sees the home page', async () => {
  await page.goto(`${host.url}/#/pages/dev/personas/index`)
  await page.getByText('王秀兰').first().click()
  await page.waitForURL(/pages\/home\/index/, { timeout: 20000 })
  await page
    .getByText(/王秀兰/)
    .first()
    .waitFor({ timeout: 20000 })
  await page.getByText('博泰佳苑 3号楼 2单元 501').first().waitFor()
  await page.getByText('报物业').first().waitFor()
  await page.getByText('报网格员').first().waitFor()
  await page.screenshot({ path: path.join(SCREENSHOTS, 'home-resident-a.png') })
  expect(pageErrors).toEqual([])
})

test('elder mode enlarges the text and is remembered after a reload', async () => {
  await page.goto(`${host.url}/#/pages/mine/index`)
  const sizeOf = () =>
    page.evaluate(() =>
      Number.parseFloat(getComputedStyle(document.querySelector('.page-shell') ?? document.body).fontSize),
    )
  await page.getByText('长辈模式').first().waitFor({ timeout: 20000 })
  const before = await sizeOf()
  await page.locator('.elder-switch').first().click()
  await page.waitForFunction(
    (b) => Number.parseFloat(getComputedStyle(document.querySelector('.page-shell') ?? document.body).fontSize) > b,
    before,
  )
  await page.reload()
  await page.getByText('长辈模式').first().waitFor({ timeout: 20000 })
  expect(await sizeOf()).toBeGreaterThan(before)
  await page.goto(`${host.url}/#/pages/home/index`)
  await page.getByText('报物业').first().waitFor({ timeout: 20000 })
  await page.screenshot({ path: path.join(SCREENSHOTS, 'home-elder-mode.png') })
})

test('a category tap and one submit file a report: done page with the order number, then its detail', async () => {
  await page.goto(`${host.url}/#/pages/home/index`)
  await page.locator('.category-item').first().waitFor({ timeout: 20000 })
  await page.locator('.category-item[data-code="stairwell_light"]').click() // tap 1
  await page.waitForURL(/pages\/report\/new\/index/, { timeout: 20000 })
  await page.getByText('楼道灯').first().waitFor({ timeout: 20000 })
  // the description is never prefilled with the room (a neighbour who 同问 must not read it)
  expect(await page.locator('.description textarea').inputValue()).toBe('')
  await page.locator('.description textarea').focus()
  await page.keyboard.insertText('楼道灯不亮')
  await page.locator('.submit-report').dblclick() // tap 2 (a double tap must still file one order: see the count below)
  await page.waitForURL(/pages\/report\/done\/index/, { timeout: 20000 })
  const number = (await page.locator('.order-number').first().textContent())?.trim()
  expect(number).toBeTruthy()
  await page
    .getByText(/已派给/)
    .first()
    .waitFor()
  await settled()
  await page.screenshot({ path: path.join(SCREENSHOTS, 'home-report-done.png') })
  await page.getByText('查看进度').first().click()
  await page.waitForURL(/pages\/report\/detail\/index/, { timeout: 20000 })
  await page.locator('.timeline-entry').first().waitFor({ timeout: 20000 })
  expect((await page.locator('.order-number').first().textContent())?.trim()).toBe(number)
  await settled()
  await page.setViewportSize({ width: 375, height: 1400 }) // the whole detail page in one picture
  await page.screenshot({ path: path.join(SCREENSHOTS, 'home-report-detail.png') })
  await page.setViewportSize({ width: 375, height: 812 })
  // 撤销 (with the confirm dialog): frees the staff member for the next test's least-loaded dispatch
  await page.reload() // a fresh layout at the phone height
  await tapOnRefreshPage('.action-cancel')
  await page.getByText('确定', { exact: true }).click()
  await page.locator('.status-cancelled').first().waitFor({ timeout: 20000 })
  expect(pageErrors).toEqual([])
})

test('with a photo: the emergency hint shows first; after the property staff resolve it, the resident confirms and rates', async () => {
  await page.goto(`${host.url}/#/pages/report/new/index?category=elevator_trapped&channel=property`)
  await page.locator('.emergency-hint').waitFor({ timeout: 20000 })
  expect(await page.locator('.emergency-hint').textContent()).toContain('119')
  const chooser = page.waitForEvent('filechooser')
  await page.locator('.photo-add').click()
  await (await chooser).setFiles({ name: 'lift.png', mimeType: 'image/png', buffer: pngOf(64, 48, [200, 60, 60]) })
  await page.locator('.photo-cell .photo-thumb').first().waitFor({ timeout: 20000 })
  await page.waitForFunction(
    () => !document.querySelector('.photo-progress') && !document.querySelector('.photo-failed'),
  )
  await settled()
  await page.locator('.emergency-hint').evaluate((el) => el.scrollIntoView()) // the picker scrolled down
  await page.screenshot({ path: path.join(SCREENSHOTS, 'home-report-new-emergency.png') })
  await page.locator('.submit-report').click()
  await page.waitForURL(/pages\/report\/done\/index\?id=/, { timeout: 20000 })
  const id = new URL(page.url().replace('/#/', '/')).searchParams.get('id')!

  // the property company's staff acknowledge and resolve it, with an after-photo
  const detail = await host.ok('report', 'detail', { id }, await host.login('resident-a'))
  expect(detail.photoUrls).toHaveLength(1)
  const staff = await host.login('property-staff')
  await host.ok('workorder', 'acknowledge', { id }, staff)
  const upload = await fetch(`${host.url}/api/_upload`, {
    method: 'POST',
    headers: { 'content-type': 'image/png', authorization: `Bearer ${staff}` },
    body: new Uint8Array(pngOf(64, 48, [60, 160, 60])),
  })
  const { data } = (await upload.json()) as { data: { fileId: string } }
  await host.ok('workorder', 'resolve', { id, note: '已解救，电梯恢复运行', photos: [data.fileId] }, staff)

  await page.goto(`${host.url}/#/pages/report/detail/index?id=${id}`)
  await page.getByText('已解救，电梯恢复运行').first().waitFor({ timeout: 20000 })
  await tapOnRefreshPage('.action-confirm')
  await page.locator('.rate-panel').waitFor({ timeout: 20000 }) // confirming opens the rating at once
  await tapOnRefreshPage('.stars .nut-rate-item:nth-child(5)')
  await tapOnRefreshPage('.rating-tag')
  await tapOnRefreshPage('.action-rate')
  await page.locator('.rating-shown').waitFor({ timeout: 20000 })
  expect(await page.locator('.rating-shown .star-on').count()).toBe(5)
  await settled()
  await page.waitForTimeout(1800) // the 感谢您的评价 toast
  await page.setViewportSize({ width: 375, height: 1600 })
  await page.screenshot({ path: path.join(SCREENSHOTS, 'home-report-rated.png') })
  await page.setViewportSize({ width: 375, height: 812 })
  await page.reload()

  await page.goto(`${host.url}/#/pages/report/mine/index`)
  await page.locator('.order-item').first().waitFor({ timeout: 20000 })
  expect(await page.locator('.order-item').count()).toBe(2)
  expect(pageErrors).toEqual([])
})

test('同问: a resident finds an open report of the same kind in the building and follows it instead of filing again', async () => {
  // the grid leader has already reported the stairwell light of resident-b's building (金域华府 5号楼)
  const leader = await host.login('grid-leader')
  const found = await host.ok(
    'workorder',
    'patrol',
    {
      requestId: 'e2e-patrol-0001',
      categoryCode: 'stairwell_light',
      buildingId: 'bd-jinyu-5',
      description: '5号楼楼道灯不亮',
    },
    leader,
  )
  await page.goto(`${host.url}/#/pages/dev/personas/index`)
  await page.getByText('李建国').first().click()
  await page.waitForURL(/pages\/home\/index/, { timeout: 20000 })
  await page.goto(`${host.url}/#/pages/report/new/index?category=stairwell_light&channel=property`)
  await visible(page, '.similar-item').waitFor({ timeout: 20000 })
  await settled()
  await page.screenshot({ path: path.join(SCREENSHOTS, 'home-report-similar.png') })
  await visible(page, '.similar-item .follow-button').click()
  await page.waitForURL(new RegExp(`pages/report/detail/index\\?id=${found.id}`), { timeout: 20000 })
  await page
    .getByText(/1 人同问/)
    .first()
    .waitFor({ timeout: 20000 })
  expect(pageErrors).toEqual([])
})
