/**
 * The H5 build in headless Chromium against the real local host: a resident picks the persona
 * resident-a and lands on the home page with their name and address. Saves a 375×812 screenshot.
 */
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchPhone, SCREENSHOTS } from '../support/browser'
import { startTestHost, type TestHost } from '../support/test-host'

let host: TestHost
let browser: Browser
let context: BrowserContext
let page: Page
const pageErrors: string[] = []

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

test('resident-a logs in through the persona picker and sees the home page', async () => {
  await page.goto(`${host.url}/#/pages/dev/personas/index`)
  await page.getByText('王秀兰').first().click()
  await page.waitForURL(/pages\/home\/index/, { timeout: 20000 })
  await page.getByText(/王秀兰/).first().waitFor({ timeout: 20000 })
  await page.getByText('博泰佳苑 3号楼 2单元 501').first().waitFor()
  await page.getByText('报物业').first().waitFor()
  await page.getByText('报网格员').first().waitFor()
  await page.screenshot({ path: path.join(SCREENSHOTS, 'home-resident-a.png') })
  expect(pageErrors).toEqual([])
})

test('elder mode enlarges the text and is remembered after a reload', async () => {
  await page.goto(`${host.url}/#/pages/mine/index`)
  const sizeOf = () =>
    page.evaluate(() => Number.parseFloat(getComputedStyle(document.querySelector('.page-shell') ?? document.body).fontSize))
  await page.getByText('长辈模式').first().waitFor({ timeout: 20000 })
  const before = await sizeOf()
  await page.locator('.elder-switch').first().click()
  await page.waitForFunction((b) => Number.parseFloat(getComputedStyle(document.querySelector('.page-shell') ?? document.body).fontSize) > b, before)
  await page.reload()
  await page.getByText('长辈模式').first().waitFor({ timeout: 20000 })
  expect(await sizeOf()).toBeGreaterThan(before)
  await page.goto(`${host.url}/#/pages/home/index`)
  await page.getByText('报物业').first().waitFor({ timeout: 20000 })
  await page.screenshot({ path: path.join(SCREENSHOTS, 'home-elder-mode.png') })
})
