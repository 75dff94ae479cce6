/**
 * The whole one-tap reporting story in headless Chromium on the H5 build, every step through the UI:
 * 1. resident-a reports a broken stairwell light with a photo to 报物业;
 * 2. property-staff (刘师傅) acknowledges it from the inbox and resolves it with an after-photo;
 * 3. resident-a rates it 5 stars;
 * 4. the timeline shows every step.
 * A screenshot of each step goes to .temp/screenshots/story-*.png (375 wide); `npm run screenshots`
 * refreshes the tracked copies in docs/screenshots.
 */
import type { Page } from 'playwright-core'
import { pngOf } from '../support/images'
import { open, phoneSession, screenshot, settled as settledOn, T } from '../support/phone-session'
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

const settled = () => settledOn(page)

/** a screenshot once the page is still and any toast has faded */
const shot = (name: string, height?: number) => screenshot(page, `story-${name}`, height)

async function attachPhoto(color: [number, number, number]) {
  const chooser = page.waitForEvent('filechooser')
  await tap('.photo-add')
  await (await chooser).setFiles({ name: 'photo.png', mimeType: 'image/png', buffer: pngOf(96, 72, color) })
  await visible('.photo-cell .photo-thumb').waitFor(T)
  await page.waitForFunction(
    () => !document.querySelector('.photo-progress') && !document.querySelector('.photo-failed'),
  )
}

test('report → acknowledge → resolve with an after-photo → 5 stars → the full timeline', async () => {
  // 1. resident-a: home → 报物业 → 楼道灯 → photo → submit
  await loginAs('王秀兰', /pages\/home\/index/)
  await tap('.channel-property')
  await page.waitForURL(/pages\/report\/new\/index/, T)
  await tap('.category-item[data-code="stairwell_light"]')
  await page.locator('.picked-name >> visible=true').filter({ hasText: '楼道灯' }).first().waitFor(T)
  // the description is never prefilled with the room (a neighbour who 同问 must not read it)
  expect(await visible('.description textarea').inputValue()).toBe('')
  // type like a person: Taro's textarea listens to input events from the keyboard
  await settled()
  await visible('.description textarea').focus()
  await page.keyboard.press('End')
  await page.keyboard.insertText('楼道灯不亮，晚上上下楼看不见')
  await attachPhoto([230, 200, 60])
  await shot('1-report')
  await tap('.submit-report')
  await page.waitForURL(/pages\/report\/done\/index\?id=/, T)
  const number = (await visible('.order-number').textContent())?.trim() ?? ''
  expect(number).toMatch(/^HB-\d{8}-\d{4}$/)
  await seen('已派给 博泰佳苑物业服务中心').waitFor(T)
  const id = new URL(page.url().replace('/#/', '/')).searchParams.get('id')!
  const filed = await host.ok('report', 'detail', { id }, await host.login('resident-a'))
  expect(filed).toMatchObject({ description: expect.stringContaining('楼道灯不亮'), handler: { staffName: '刘师傅' } })
  expect(filed.photoUrls).toHaveLength(1)
  await shot('2-submitted')

  // 2. property-staff: inbox → 签收 → order → 办结 with an after-photo
  await loginAs('刘师傅', /packageStaff\/pages\/inbox\/index/)
  const row = page.locator('.inbox-item >> visible=true').filter({ hasText: '楼道灯' }).first()
  await row.waitFor(T)
  await shot('3-inbox')
  await row.locator('.inbox-ack').dispatchEvent('click')
  await row.locator('.status-acknowledged').waitFor(T)
  await row.dispatchEvent('click')
  await page.waitForURL(/packageStaff\/pages\/order\/index\?id=/, T)
  await page.locator('.order-number >> visible=true').filter({ hasText: number }).first().waitFor(T)
  await tap('.action-resolve')
  await visible('.resolve-note textarea').fill('已更换LED声控灯，楼道照明恢复')
  await attachPhoto([60, 170, 90])
  await tap('.resolve-submit')
  await seen('已办结待确认').waitFor(T)
  await shot('4-resolved')

  // 3. resident-a: 我的报事 → detail → 5 stars
  await loginAs('王秀兰', /pages\/home\/index/)
  await open(page, `${host.url}/#/pages/report/mine/index`)
  await page.locator('.order-item >> visible=true').filter({ hasText: number }).first().dispatchEvent('click')
  await page.waitForURL(/pages\/report\/detail\/index\?id=/, T)
  await seen('已更换LED声控灯，楼道照明恢复').waitFor(T)
  // one decision: 已解决 (the rating follows at once) or 没解决
  expect(await page.locator('.action-rate-open >> visible=true').count()).toBe(0)
  await tap('.action-confirm')
  await visible('.rate-panel').waitFor(T)
  await tap('.stars .nut-rate-item:nth-child(5)')
  await visible('.rating-tag').waitFor(T)
  expect(await page.locator('.rating-tag >> visible=true').allTextContents()).toContain('响应及时')
  // 已解决 was said, so the panel does not ask again; the stars suggest 满意; the parts are optional
  expect(await page.locator('.rate-resolved >> visible=true').count()).toBe(0)
  await visible('.rate-satisfaction-chip.chip-on:text("满意")').waitFor(T)
  await tap('.rate-speed .nut-rate-item:nth-child(4)')
  await tap('.rate-attitude .nut-rate-item:nth-child(5)')
  await visible('.rate-comment textarea').fill('师傅来得很快，谢谢！')
  await tap('.action-rate')
  await visible('.rating-shown').waitFor(T)
  expect(await page.locator('.rating-shown .star-on').count()).toBe(5)
  // every dimension the street's figures read is stored: 解决率 and 满意率 count this rating
  const [stored] = (await host.platform.store.collection('workorders').find({ where: { number }, limit: 1 })).items
  expect(stored.rating).toMatchObject({
    stars: 5,
    overall: 5,
    speed: 4,
    attitude: 5,
    resolved: 'yes',
    satisfaction: '满意',
    comment: '师傅来得很快，谢谢！',
  })

  // 4. the timeline: every step, in order
  const steps = await page.locator('.timeline-entry').allTextContents()
  const order = ['居民提交', '派单', '签收', '办结', '评价'].map((label) => steps.findIndex((s) => s.includes(label)))
  expect(order.every((i) => i >= 0)).toBe(true)
  expect([...order].sort((a, b) => a - b)).toEqual(order)
  expect(await page.locator('.after-photos .photo-thumb').count()).toBe(1)
  await shot('5-rated-timeline', 1700)
  expect(pageErrors).toEqual([])
})

test('a community admin rejects a duplicate from the order page; the resident sees why', async () => {
  const resident = await host.login('resident-a')
  const dup = await host.ok(
    'report',
    'submit',
    {
      requestId: `dup-${Date.now()}`,
      channel: 'grid',
      categoryCode: 'noise',
      buildingId: 'bd-botai-3',
      description: '3号楼夜间噪音',
      photos: [],
    },
    resident,
  )
  await loginAs('周敏', /packageStaff\/pages\/inbox\/index/)
  await open(page, `${host.url}/#/packageStaff/pages/order/index?id=${dup.id}`)
  await tap('.action-reject')
  await visible('.reject-reason textarea').focus()
  await page.keyboard.insertText('与上一条噪音报事重复，已合并处理')
  await tap('.reject-submit')
  await seen('已驳回').waitFor(T)
  await shot('6-rejected')
  const byResident = await host.ok('report', 'detail', { id: dup.id }, resident)
  expect(byResident).toMatchObject({ status: 'rejected', actions: [] })
  expect(byResident.timeline.at(-1)).toMatchObject({ action: 'reject', note: '与上一条噪音报事重复，已合并处理' })
  expect(pageErrors).toEqual([])
})
