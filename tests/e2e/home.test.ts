/**
 * The H5 build in headless Chromium against the real local host: a resident picks the persona
 * resident-a and lands on the home page with their name and address. Saves 375-wide screenshots
 * (into .temp/screenshots; `npm run screenshots` refreshes docs/screenshots).
 */
import type { Page } from 'playwright-core'
import { pngOf } from '../support/images'
import { open, phoneSession, screenshot, seen as seenOn, T, tap, visible } from '../support/phone-session'
import type { TestHost } from '../support/test-host'

const phone = phoneSession()
let host: TestHost
let page: Page
const pageErrors = phone.pageErrors
beforeAll(() => {
  ;({ host, page } = phone)
})

const tapOnRefreshPage = (selector: string) => tap(page, selector)
const seen = (text: string | RegExp) => seenOn(page, text)
const shot = (name: string, height?: number) => screenshot(page, name, height)

test('resident-a logs in through the persona picker and sees the home page', async () => {
  await open(page, `${host.url}/#/pages/dev/personas/index`)
  await seen('王秀兰').click()
  await page.waitForURL(/pages\/home\/index/, T)
  await seen(/王秀兰/).waitFor(T)
  await seen('博泰佳苑 3号楼 2单元 501').waitFor()
  await seen('报物业').waitFor()
  await seen('报网格员').waitFor()
  await shot('home-resident-a')
  expect(pageErrors).toEqual([])
})

test('elder mode enlarges the text and is remembered after a reload', async () => {
  await open(page, `${host.url}/#/pages/mine/index`)
  const sizeOf = () =>
    page.evaluate(() =>
      Number.parseFloat(getComputedStyle(document.querySelector('.page-shell') ?? document.body).fontSize),
    )
  await seen('长辈模式').waitFor(T)
  const before = await sizeOf()
  await visible(page, '.elder-switch').click()
  await page.waitForFunction(
    (b) => Number.parseFloat(getComputedStyle(document.querySelector('.page-shell') ?? document.body).fontSize) > b,
    before,
  )
  await page.reload()
  await seen('长辈模式').waitFor(T)
  expect(await sizeOf()).toBeGreaterThan(before)
  await open(page, `${host.url}/#/pages/home/index`)
  await seen('报物业').waitFor(T)
  await visible(page, '.elder-tile').waitFor(T)
  await shot('home-elder-mode')
  // back to the standard home for the stories below
  await open(page, `${host.url}/#/pages/mine/index`)
  await visible(page, '.elder-switch').click()
  await page.waitForFunction(() => !document.querySelector('.page-shell.elder'), undefined, T)
})

test('a category tap and one submit file a report: done page with the order number, then its detail', async () => {
  await open(page, `${host.url}/#/pages/home/index`)
  await visible(page, '.category-item').waitFor(T)
  await page.locator('.category-item[data-code="stairwell_light"]').click() // tap 1
  await page.waitForURL(/pages\/report\/new\/index/, T)
  await seen('楼道灯').waitFor(T)
  // the description is never prefilled with the room (a neighbour who 同问 must not read it)
  expect(await page.locator('.description textarea').inputValue()).toBe('')
  await page.locator('.description textarea').focus()
  await page.keyboard.insertText('楼道灯不亮')
  await page.locator('.submit-report').dblclick() // tap 2 (a double tap must still file one order: see the count below)
  await page.waitForURL(/pages\/report\/done\/index/, T)
  const number = (await visible(page, '.order-number').textContent())?.trim()
  expect(number).toBeTruthy()
  await seen(/已派给/).waitFor()
  await shot('home-report-done')
  await seen('查看进度').click()
  await page.waitForURL(/pages\/report\/detail\/index/, T)
  await visible(page, '.timeline-entry').waitFor(T)
  expect((await visible(page, '.order-number').textContent())?.trim()).toBe(number)
  await shot('home-report-detail', 1400) // the whole detail page in one picture
  // 撤销 (with the confirm dialog): frees the staff member for the next test's least-loaded dispatch
  await page.reload() // a fresh layout at the phone height
  await tapOnRefreshPage('.action-cancel')
  await page.getByText('确定', { exact: true }).filter({ visible: true }).first().click()
  await visible(page, '.status-cancelled').waitFor(T)
  expect(pageErrors).toEqual([])
})

test('with a photo: the emergency hint shows first; after the property staff resolve it, the resident confirms and rates', async () => {
  await open(page, `${host.url}/#/pages/report/new/index?category=elevator_trapped&channel=property`)
  await page.locator('.emergency-hint').waitFor(T)
  expect(await page.locator('.emergency-hint').textContent()).toContain('119')
  const chooser = page.waitForEvent('filechooser')
  await page.locator('.photo-add').click()
  await (await chooser).setFiles({ name: 'lift.png', mimeType: 'image/png', buffer: pngOf(64, 48, [200, 60, 60]) })
  await visible(page, '.photo-cell .photo-thumb').waitFor(T)
  await page.waitForFunction(
    () => !document.querySelector('.photo-progress') && !document.querySelector('.photo-failed'),
  )
  await page.locator('.emergency-hint').evaluate((el) => el.scrollIntoView()) // the picker scrolled down
  await shot('home-report-new-emergency')
  await page.locator('.description textarea').focus()
  await page.keyboard.insertText('电梯困人，门打不开')
  await page.locator('.submit-report').click()
  await page.waitForURL(/pages\/report\/done\/index\?id=/, T)
  const id = new URL(page.url().replace('/#/', '/')).searchParams.get('id')!

  // the property company's staff member routing picked (the least-loaded on duty) acknowledges and
  // resolves it, with an after-photo
  const detail = await host.ok('report', 'detail', { id }, await host.login('resident-a'))
  expect(detail.photoUrls).toHaveLength(1)
  expect(detail.handlerOrgName).toBe('博泰佳苑物业服务中心')
  const order = await host.platform.store
    .collection<{ _id: string; _v: number; handlerStaffId: string }>('workorders')
    .get(id)
  const staff = await host.platform.identity.issueToken!(order!.handlerStaffId)
  await host.ok('workorder', 'acknowledge', { id }, staff)
  const upload = await fetch(`${host.url}/api/_upload`, {
    method: 'POST',
    headers: { 'content-type': 'image/png', authorization: `Bearer ${staff}` },
    body: new Uint8Array(pngOf(64, 48, [60, 160, 60])),
  })
  const { data } = (await upload.json()) as { data: { fileId: string } }
  await host.ok('workorder', 'resolve', { id, note: '已解救，电梯恢复运行', photos: [data.fileId] }, staff)

  await open(page, `${host.url}/#/pages/report/detail/index?id=${id}`)
  await seen('已解救，电梯恢复运行').waitFor(T)
  await tapOnRefreshPage('.action-confirm')
  await page.locator('.rate-panel').waitFor(T) // confirming opens the rating at once
  await tapOnRefreshPage('.stars .nut-rate-item:nth-child(5)')
  await tapOnRefreshPage('.rating-tag')
  await tapOnRefreshPage('.action-rate')
  await page.locator('.rating-shown').waitFor(T)
  expect(await page.locator('.rating-shown .star-on').count()).toBe(5)
  await shot('home-report-rated', 1600) // once the 感谢您的评价 toast has gone
  await page.reload()

  await open(page, `${host.url}/#/pages/report/mine/index`)
  await visible(page, '.order-item').waitFor(T)
  expect(await page.locator('.order-item >> visible=true').count()).toBe(2)
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
  await open(page, `${host.url}/#/pages/dev/personas/index`)
  await seen('李建国').click()
  await page.waitForURL(/pages\/home\/index/, T)
  await open(page, `${host.url}/#/pages/report/new/index?category=stairwell_light&channel=property`)
  await visible(page, '.similar-item').waitFor(T)
  await shot('home-report-similar')
  await tap(page, '.similar-item .follow-button')
  await page.waitForURL(new RegExp(`pages/report/detail/index\\?id=${found.id}`), T)
  await seen(/1 人同问/).waitFor(T)
  expect(pageErrors).toEqual([])
})
