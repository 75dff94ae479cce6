/**
 * The resident's report experience in headless Chromium on the H5 build (375×812):
 * 1. resident-c lives in 和谐小区 (无物业): home and form say 报社区/网格员（本小区无物业）, never 报物业;
 * 2. submitting with a field missing scrolls to it and highlights it; the message clears once fixed,
 *    and words that are only the address are refused;
 * 3. filing the same problem again while one's own report is open asks 您已报过，是否补充说明？ first;
 * 4. 催办 on the detail page, once, then it waits; the timeline shows it.
 * Screenshots go to .temp/screenshots/experience-*.png.
 */
import type { Page } from 'playwright-core'
import { open, phoneSession, screenshot, T } from '../support/phone-session'
import type { TestHost } from '../support/test-host'

const phone = phoneSession()
let host: TestHost
let page: Page
const pageErrors = phone.pageErrors
beforeAll(() => {
  ;({ host, page } = phone)
})

const { visible, tap, seen, signIn } = phone
const loginAs = signIn

const shot = (name: string, height?: number) => screenshot(page, `experience-${name}`, height)

/** the element's box lies inside the 812-high phone screen (not below the fold) */
async function onScreen(selector: string): Promise<boolean> {
  const box = await visible(selector).boundingBox()
  return !!box && box.y >= 0 && box.y + Math.min(box.height, 120) <= 812
}

async function typeInto(selector: string, text: string) {
  await visible(selector).focus()
  await page.keyboard.press('End')
  await page.keyboard.insertText(text)
}

test('resident-c (无物业小区): no 报物业 anywhere; the entry and the submit button say 报社区/网格员', async () => {
  await loginAs('赵桂芳', /pages\/home\/index/)
  await seen('报社区/网格员（本小区无物业）').waitFor(T)
  expect(await page.locator('.channel-property >> visible=true').count()).toBe(0)
  await shot('1-home-no-property')
  await tap('.channel-grid')
  await page.waitForURL(/pages\/report\/new\/index/, T)
  await visible('.no-property-note').waitFor(T)
  await tap('.category-item[data-code="water_leak"]')
  await page.locator('.picked-name >> visible=true').filter({ hasText: '漏水' }).first().waitFor(T)
  const button = (await visible('.submit-report').textContent()) ?? ''
  expect(button).toContain('提交 · 报社区/网格员（本小区无物业）')
  expect(button).not.toContain('报物业')
  expect(await page.locator('.channel-option-property >> visible=true').count()).toBe(0)
  await shot('2-form-no-property')
  expect(pageErrors).toEqual([])
})

test('a missing field is scrolled to and highlighted; the message goes once fixed; the address alone is refused', async () => {
  await loginAs('王秀兰', /pages\/home\/index/)
  await open(page, `${host.url}/#/pages/report/new/index?channel=grid`)
  await visible('.submit-report').waitFor(T)
  await tap('.submit-report')
  await visible('.category-field.field-invalid').waitFor(T)
  await seen('请先选择问题类别').waitFor(T)
  expect(await onScreen('.category-field.field-invalid')).toBe(true)
  await shot('3-missing-category')

  await tap('.category-item[data-code="noise"]')
  await page.locator('.picked-name >> visible=true').filter({ hasText: '噪音' }).first().waitFor(T)
  expect(await page.locator('.field-invalid >> visible=true').count()).toBe(0)
  expect(await page.getByText('请先选择问题类别').filter({ visible: true }).count()).toBe(0)

  await tap('.submit-report')
  await seen('请简单描述问题（至少2个字）').waitFor(T)
  // wait for the smooth scroll to end
  await page.waitForFunction(
    () => {
      const el = document.querySelector('#report-field-description')
      const r = el?.getBoundingClientRect()
      return !!r && r.top >= 0 && r.top < 700
    },
    undefined,
    T,
  )
  expect(await onScreen('#report-field-description.field-invalid')).toBe(true)
  await shot('4-missing-description')

  await typeInto('.description textarea', '博泰佳苑 3号楼 2单元 501：')
  await seen(/只写了地址/).waitFor(T)
  await typeInto('.description textarea', '楼上半夜拖椅子')
  await page.waitForFunction(() => !document.querySelector('.report-new .field-invalid'), undefined, T)
  expect(
    await page
      .getByText(/只写了地址/)
      .filter({ visible: true })
      .count(),
  ).toBe(0)
  await shot('5-fixed')
  expect(pageErrors).toEqual([])
})

test('the same problem again while my report is open: 您已报过，是否补充说明？ and on to it', async () => {
  const token = await host.login('resident-a')
  const first = await host.ok(
    'report',
    'submit',
    {
      requestId: `own-${Date.now()}`,
      channel: 'property',
      categoryCode: 'pest_control',
      buildingId: 'bd-botai-3',
      description: '楼道里有老鼠出没',
      photos: [],
    },
    token,
  )
  await loginAs('王秀兰', /pages\/home\/index/)
  await open(page, `${host.url}/#/pages/report/new/index?category=pest_control&channel=property`)
  await visible('.own-report').waitFor(T)
  await typeInto('.description textarea', '又看到老鼠了')
  await tap('.submit-report')
  await seen('还在待受理').waitFor(T)
  await page
    .getByText(/您已报过，是否补充说明？/)
    .filter({ visible: true })
    .first()
    .waitFor(T)
  await shot('6-own-duplicate-prompt')
  await page.locator('.taro__modal .taro-model__confirm >> visible=true').first().click(T)
  await page.waitForURL(new RegExp(`pages/report/detail/index\\?id=${first.id}`), T)
  await visible('.follow-up-note textarea').waitFor(T)
  // nothing new was filed
  const mine = await host.ok('report', 'mine', {}, token)
  expect(mine.items.filter((o: { categoryCode: string }) => o.categoryCode === 'pest_control')).toHaveLength(1)
  expect(pageErrors).toEqual([])
})

test('催办 once from the detail page: the holder is told, the timeline shows it, the next waits', async () => {
  const token = await host.login('resident-a')
  const out = await host.ok(
    'report',
    'submit',
    {
      requestId: `nudge-${Date.now()}`,
      channel: 'property',
      categoryCode: 'stairwell_light',
      buildingId: 'bd-botai-3',
      description: '六楼楼道灯一直不亮',
      photos: [],
    },
    token,
  )
  await loginAs('王秀兰', /pages\/home\/index/)
  await open(page, `${host.url}/#/pages/report/detail/index?id=${out.id}`)
  await visible('.service-phone').waitFor(T)
  expect(await visible('.call-service').textContent()).toContain('拨打')
  await shot('7-detail-contact', 1400)
  await tap('.action-nudge')
  await visible('.nudge-wait').waitFor(T)
  await page.locator('.timeline-entry >> visible=true').filter({ hasText: '居民催办' }).first().waitFor(T)
  expect(await page.locator('.action-nudge >> visible=true').count()).toBe(0)
  await shot('8-nudged', 1600)
  const holder = (await host.ok('report', 'detail', { id: out.id }, token)).handler.staffName
  expect(holder).toBeTruthy()
  expect(pageErrors).toEqual([])
})
