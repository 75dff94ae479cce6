/**
 * The H5 build in headless Chromium against the real local host: a resident picks the persona
 * resident-a and lands on the home page with their name and address. Saves a 375×812 screenshot.
 */
import path from 'node:path'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { SCREENSHOTS } from '../support/browser'
import { startTestHost, type TestHost } from '../support/test-host'

let host: TestHost
let browser: Browser
let context: BrowserContext
let page: Page
const pageErrors: string[] = []

/**
 * The phone of tests/support/browser.ts, minus `--user-data-dir`: playwright-core refuses that
 * argument in `launch()` (it wants launchPersistentContext); a plain launch gets a fresh profile anyway.
 */
async function launchPhone(): Promise<{ browser: Browser; context: BrowserContext }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
  const context = await browser.newContext({
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  })
  return { browser, context }
}

beforeAll(async () => {
  host = await startTestHost({ h5: true })
  ;({ browser, context } = await launchPhone())
  page = await context.newPage()
  page.on('pageerror', (e) => pageErrors.push(e.message))
})
afterAll(async () => {
  await browser?.close()
  await host?.close()
})

/** waits until the H5 page slide-in animation has put the page at the left edge */
async function settled(selector: string) {
  await page.waitForFunction((sel) => {
    const el = document.querySelector(sel)
    return !!el && Math.abs(el.getBoundingClientRect().left) < 1
  }, selector)
  await page.waitForTimeout(100)
}

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
  const description = await page.locator('.description textarea').inputValue()
  expect(description).toContain('博泰佳苑 3号楼 2单元 501')
  await page.locator('.submit-report').click() // tap 2
  await page.waitForURL(/pages\/report\/done\/index/, { timeout: 20000 })
  const number = (await page.locator('.order-number').first().textContent())?.trim()
  expect(number).toBeTruthy()
  await page
    .getByText(/已派给/)
    .first()
    .waitFor()
  await settled('.report-done')
  await page.screenshot({ path: path.join(SCREENSHOTS, 'home-report-done.png') })
  await page.getByText('查看进度').first().click()
  await page.waitForURL(/pages\/report\/detail\/index/, { timeout: 20000 })
  await page.locator('.timeline-entry').first().waitFor({ timeout: 20000 })
  expect((await page.locator('.order-number').first().textContent())?.trim()).toBe(number)
  await settled('.report-detail')
  await page.setViewportSize({ width: 375, height: 1400 }) // the whole detail page in one picture
  await page.screenshot({ path: path.join(SCREENSHOTS, 'home-report-detail.png') })
  await page.setViewportSize({ width: 375, height: 812 })
  expect(pageErrors).toEqual([])
})
