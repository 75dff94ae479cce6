/**
 * 长辈模式 in headless Chromium on the H5 build (375×812):
 * 1. switched on from 我的, the home shows six big problem tiles two to a row, 报物业 / 报网格员,
 *    一键呼叫网格员 and 更多问题; text is at least 1.3× and touch targets at least 96 design px;
 * 2. a layout check walks every resident page in elder mode and fails when a category label or a
 *    part of an address wraps inside itself (counted through the DOM, not by eye).
 * Screenshots go to .temp/screenshots/elder-*.png.
 */
import type { Page } from 'playwright-core'
import { open, phoneSession, screenshot, seen as seenOn, settled, T, tap as tapOn } from '../support/phone-session'
import { reportOf } from '../support/report-helpers'
import type { TestHost } from '../support/test-host'

const phone = phoneSession()
let host: TestHost
let page: Page
beforeAll(() => {
  ;({ host, page } = phone)
})

const tap = (selector: string) => tapOn(page, selector)
const seen = (text: string | RegExp) => seenOn(page, text)
/** 96 design px at a 375-wide screen (750 design px) */
const MIN_TARGET_CSS_PX = 48

async function loginAs(name: string) {
  await open(page, `${host.url}/#/pages/dev/personas/index`)
  await seen(new RegExp(`^${name}$`)).click(T)
  await page.waitForURL(/pages\/home\/index/, T)
}

const shellFontPx = () =>
  page.evaluate(() => {
    const shells = Array.from(document.querySelectorAll('.page-shell')).filter(
      (s) => (s as HTMLElement).offsetParent !== null,
    )
    return Number.parseFloat(getComputedStyle(shells[shells.length - 1] as Element).fontSize)
  })

/** Visible one-word labels that wrap inside themselves: more than one line box, or taller than 1.6 lines. */
function wrappedLabels(): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = []
    for (const el of Array.from(
      document.querySelectorAll('.category-name, .elder-tile-name, .addr-part, .word'),
    ) as HTMLElement[]) {
      const rects = el.getClientRects()
      if (rects.length === 0 || el.closest('[style*="display: none"]')) continue
      const style = getComputedStyle(el)
      const line = Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.5
      const height = el.getBoundingClientRect().height
      const lines = style.display.startsWith('inline') && style.display !== 'inline-block' ? rects.length : 1
      if (lines > 1 || height > line * 1.6) out.push(`${el.className}: ${el.textContent}`)
    }
    return out
  })
}

test('switched on from 我的: big tiles, 一键呼叫网格员, 更多问题, 1.3× text and large targets', async () => {
  await loginAs('王秀兰')
  await seen('常见问题，点一下就能报').waitFor(T)
  const normal = await shellFontPx()
  await open(page, `${host.url}/#/pages/mine/index`)
  await seen('长辈模式').click(T)
  await page.waitForFunction(() => document.querySelector('.page-shell.elder') !== null, undefined, T)
  await open(page, `${host.url}/#/pages/home/index`)
  await page.locator('.elder-tile >> visible=true').first().waitFor(T)
  expect((await shellFontPx()) / normal).toBeGreaterThanOrEqual(1.3)

  const tiles = page.locator('.elder-tile >> visible=true')
  expect(await tiles.count()).toBe(6)
  const boxes = await Promise.all([0, 1, 2].map(async (i) => tiles.nth(i).boundingBox()))
  // two to a row: the first two side by side, the third below them
  expect(Math.abs((boxes[0]?.y ?? 0) - (boxes[1]?.y ?? -1))).toBeLessThan(2)
  expect(boxes[2]?.y ?? 0).toBeGreaterThan((boxes[0]?.y ?? 0) + (boxes[0]?.height ?? 0) - 1)
  for (const box of boxes) expect(box?.height ?? 0).toBeGreaterThanOrEqual(MIN_TARGET_CSS_PX)
  await seen('一键呼叫网格员').waitFor(T)
  const call = await page.locator('.elder-call >> visible=true').first().boundingBox()
  expect(call?.height ?? 0).toBeGreaterThanOrEqual(MIN_TARGET_CSS_PX)
  expect(await page.locator('.elder-call >> visible=true').first().getAttribute('data-phone')).toBe('0473-3310101')
  await screenshot(page, 'elder-1-home', 1200)

  await tap('.elder-more')
  await page.waitForFunction(() => document.querySelectorAll('.elder-tile').length > 6, undefined, T)
  const names = await page.locator('.elder-tile-name >> visible=true').allTextContents()
  expect(new Set(names).size).toBe(names.length)
  expect(names.length).toBeGreaterThan(20)
  expect(await wrappedLabels()).toEqual([])

  // a tile opens the simple form: a photo and one sentence, the place stays 我家 unless asked
  await tap('.elder-tile[data-code="stairwell_light"]')
  await page.waitForURL(/pages\/report\/new\/index/, T)
  await page.locator('.elder-place >> visible=true').first().waitFor(T)
  expect(await page.locator('.switch-row >> visible=true').count()).toBe(0)
  await screenshot(page, 'elder-2-report', 1200)
})

test('layout: no category label or address part wraps inside itself on any resident page in elder mode', async () => {
  const token = await host.login('resident-a')
  const order = await host.ok('report', 'submit', reportOf(), token)
  const pages = [
    'pages/home/index',
    'pages/services/index',
    'pages/mine/index',
    'pages/report/new/index?channel=property',
    'pages/report/new/index?channel=grid',
    'pages/report/mine/index',
    `pages/report/detail/index?id=${order.id}`,
    'pages/market/index',
    'pages/certificates/types/index',
  ]
  const problems: string[] = []
  for (const p of pages) {
    await open(page, `${host.url}/#/${p}`)
    await page.waitForFunction(() => document.querySelector('.page-shell.elder') !== null, undefined, T)
    await settled(page)
    // the page's data has arrived: no spinner, and the pages that must show labels show them
    const needsLabels = p.startsWith('pages/home') || p.startsWith('pages/report/new')
    await page.waitForFunction(
      (needs) =>
        !document.querySelector('.state-loading') &&
        (!needs || document.querySelector('.category-name, .elder-tile-name, .addr-part') !== null),
      needsLabels,
      T,
    )
    const labels = await page.locator('.category-name, .elder-tile-name, .addr-part').count()
    for (const w of await wrappedLabels()) problems.push(`${p} → ${w}`)
    if (needsLabels) expect([p, labels > 0]).toEqual([p, true])
  }
  expect(problems).toEqual([])
})

test('an error that a second try cannot mend shows a picture, says what to do and offers 回首页, never 重试', async () => {
  // a resident on a staff page (FORBIDDEN), and a report that does not exist (NOT_FOUND)
  for (const [url, art] of [
    ['packageStaff/pages/inbox/index', '.state-art-locked'],
    ['pages/report/detail/index?id=wo_doesnotexist0000', '.state-art-missing'],
  ] as const) {
    await open(page, `${host.url}/#/${url}`)
    await page.locator(`${art} >> visible=true`).first().waitFor(T)
    expect([url, await page.locator('.error-box .retry >> visible=true').count()]).toEqual([url, 0])
    await page.locator('.error-box .go-home >> visible=true').first().waitFor(T)
    expect(await page.locator('.state-hint >> visible=true').first().textContent()).toBeTruthy()
  }
  await screenshot(page, 'elder-3-not-found')
  await tap('.error-box .go-home')
  await page.waitForURL(/pages\/home\/index/, T)
})
