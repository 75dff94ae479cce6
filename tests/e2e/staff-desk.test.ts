/**
 * The staff desk in headless Chromium on the H5 build (issue 11, staff and admins):
 * 1. the staff tab bar: 张伟 (grid worker) lands on his workbench and moves 工作台 / 消息 / 我的 and back,
 *    with no resident-only 我的报事 row and no call answered 403; the street admin's 街道工作台 has it too;
 * 2. a patrol report 当场处置 by 张伟: filed resolved with an after-photo, and followed in 我上报的;
 * 3. the desk at 1280×800 as 刘师傅 (property staff): a table sortable by category and deadline, a
 *    detail pane beside it, the category filter of what his company handles, batch 签收 of every row.
 * 4. the order sheets: 常用语 of the order's category, 转派 targets grouped (this grid and community first).
 * Screenshots: staff-inbox-phone, patrol-on-spot-phone, staff-desk-1280 (in .temp/screenshots).
 */
import path from 'node:path'
import type { Page } from 'playwright-core'
import { membersOf, setOnDuty } from '../../cloudfunctions/_services/rosters'
import { DESK_VIEWPORT, PHONE_VIEWPORT, SCREENSHOTS } from '../support/browser'
import { pngOf } from '../support/images'
import {
  open,
  phoneSession,
  screenshot,
  seen as seenOn,
  settled,
  signInAs,
  T,
  tap as tapOn,
  toastGone,
  visible as visibleOn,
} from '../support/phone-session'
import { reportOf } from '../support/report-helpers'
import type { TestHost } from '../support/test-host'

const phone = phoneSession()
let host: TestHost
let page: Page
const forbidden: string[] = []
beforeAll(() => {
  ;({ host, page } = phone)
  page.on('response', (r) => {
    if (r.status() === 403) forbidden.push(r.url())
  })
})

const visible = (selector: string) => visibleOn(page, selector)
const tap = (selector: string) => tapOn(page, selector)
const seen = (text: string | RegExp) => seenOn(page, text)

const loginAs = (name: string, landing: RegExp) => signInAs(page, host.url, name, landing)

async function attachPhoto(scope: string, color: [number, number, number]) {
  const chooser = page.waitForEvent('filechooser')
  await tap(`${scope} .photo-add`)
  await (await chooser).setFiles({ name: 'photo.png', mimeType: 'image/png', buffer: pngOf(96, 72, color) })
  await visible(`${scope} .photo-cell .photo-thumb`).waitFor(T)
  await page.waitForFunction(
    () => !document.querySelector('.photo-progress') && !document.querySelector('.photo-failed'),
  )
}

/** the desk story's three orders, for the sheets' story after it */
const filed: { id: string; number: string }[] = []
const texts = (selector: string) => page.locator(`${selector} >> visible=true`).allTextContents()

test('the staff tab bar: 工作台 / 消息 / 我的 and back, no 我的报事, no 403', async () => {
  await loginAs('张伟', /packageStaff\/pages\/inbox\/index/)
  await visible('.staff-tabbar').waitFor(T)
  // every tab of the inbox shows its count, 我上报的 among them
  await visible('.inbox-filter-reported').waitFor(T)
  for (const count of await texts('.inbox-filter-count')) expect(count).toMatch(/^\d+$/)
  await screenshot(page, 'staff-inbox-phone')

  await tap('.staff-tab-me')
  await page.waitForURL(/packageStaff\/pages\/me\/index/, T)
  await seen('长辈模式').waitFor(T)
  await seen('巡查上报').waitFor(T)
  expect(await page.getByText('我的报事').filter({ visible: true }).count()).toBe(0)

  await tap('.staff-tab-messages')
  await page.waitForURL(/packageStaff\/pages\/messages\/index/, T)
  await visible('.msg-count-todo').waitFor(T)

  await tap('.staff-tab-work')
  await page.waitForURL(/packageStaff\/pages\/inbox\/index/, T)
  await visible('.inbox-filter-todo').waitFor(T)

  // the street admin lands on 街道工作台, with the same bar
  await loginAs('吴强', /packageAdmin\/pages\/dashboard\/index/)
  await visible('.staff-tabbar .staff-tab-work.is-current').waitFor(T)
  await expect(page.title()).resolves.toContain('街道工作台')
  await tap('.staff-tab-me')
  await page.waitForURL(/packageStaff\/pages\/me\/index/, T)
  await seen('吴强').waitFor(T)
  expect(forbidden).toEqual([])
})

test('a patrol report 当场处置: filed resolved with the after-photo, followed in 我上报的', async () => {
  await loginAs('张伟', /packageStaff\/pages\/inbox\/index/)
  await tap('.inbox-patrol')
  await page.waitForURL(/packageStaff\/pages\/patrol\/index/, T)
  await tap('.patrol-category-clutter')
  // roads and public areas of his grid are places too, by estate, with and without a company
  await tap('.patrol-place-elsewhere')
  expect(await texts('.patrol-area')).toEqual(expect.arrayContaining(['博泰佳苑附近', '康乐小区附近（无物业）']))
  await tap('.patrol-place-home')
  await tap('.patrol-building[data-id="bd-botai-1"]')
  await visible('.patrol-description textarea').fill('1号楼2单元楼道堆放纸箱，堵塞通道')
  await tap('.patrol-handle-on_spot')
  await visible('.patrol-onspot-note textarea').fill('已督促住户当场清走纸箱，通道畅通')
  // without the after-photo it is refused in words
  await tap('.patrol-submit')
  await seen('当场处置需上传处置后照片').waitFor(T)
  await attachPhoto('.patrol-onspot', [80, 160, 90])
  await settled(page)
  await toastGone(page)
  // adding the photo clears the message it answered
  expect(await page.getByText('当场处置需上传处置后照片').filter({ visible: true }).count()).toBe(0)
  await visible('.patrol-submit').scrollIntoViewIfNeeded()
  await page.screenshot({ path: path.join(SCREENSHOTS, 'patrol-on-spot-phone.png') })
  await tap('.patrol-submit')
  await page.waitForURL(/packageStaff\/pages\/order\/index\?id=/, T)
  const id = new URL(page.url().replace('/#/', '/')).searchParams.get('id') ?? ''
  await seen('当场处置').waitFor(T)

  const d = await host.ok('workorder', 'detail', { id }, await host.login('grid-worker'))
  expect(d).toMatchObject({ status: 'resolved', source: 'patrol' })
  expect(d.afterPhotoUrls).toHaveLength(1)
  expect(d.timeline.map((e: { action: string }) => e.action)).toEqual(['submit', 'handle_on_spot'])

  // 我上报的 keeps it
  await open(page, `${host.url}/#/packageStaff/pages/inbox/index?filter=reported`)
  await visible('.inbox-filter-reported.is-active').waitFor(T)
  await page.locator('.inbox-item >> visible=true').filter({ hasText: d.number }).first().waitFor(T)
})

test('the desk at 1280×800: sortable table, detail pane, handled categories, batch 签收', async () => {
  // 刘师傅's colleagues rest, so every new report is his
  const { store } = host.platform
  for (const m of await membersOf(store, 'pc-botai', ['property_staff']))
    if (m.userId !== 'u-property-staff') await setOnDuty(store, m.userId, 'pc-botai', 'property_staff', false)
  const resident = await host.login('resident-a')
  for (const [categoryCode, description] of [
    ['stairwell_light', '3号楼2单元楼道灯不亮'],
    ['elevator_fault', '3号楼电梯按钮失灵'],
    ['door_access', '3号楼单元门禁刷卡没反应'],
  ]) {
    const out = await host.ok('report', 'submit', reportOf({ categoryCode, description }), resident)
    expect(out.handler.staffId).toBe('u-property-staff')
    filed.push({ id: out.id, number: out.number })
  }

  await page.setViewportSize(DESK_VIEWPORT)
  await loginAs('刘师傅', /packageStaff\/pages\/inbox\/index/)
  await visible('.desk-table').waitFor(T)
  expect(await page.locator('.inbox-item >> visible=true').count()).toBe(0)
  await page.locator('.desk-row >> visible=true').nth(2).waitFor(T)
  // the category filter lists only what his company handles
  const chips = await texts('.inbox-category')
  expect(chips).toEqual(expect.arrayContaining(['全部类别', '楼道灯', '电梯故障']))
  expect(chips).not.toContain('燃气泄漏')
  expect(chips).not.toContain('邻里纠纷')

  // sort by category, then the other way
  await tap('.desk-th[data-sort="category"]')
  const up = await texts('.desk-row .desk-category')
  expect(up).toEqual([...up].sort((a, b) => a.localeCompare(b, 'zh-CN')))
  await tap('.desk-th[data-sort="category"]')
  expect(await texts('.desk-row .desk-category')).toEqual([...up].reverse())
  await tap('.desk-th[data-sort="deadline"]')
  await visible('.desk-th[data-sort="deadline"].is-sorted').waitFor(T)

  // the detail pane beside the list shows the row opened
  await page.locator(`.desk-row[data-id="${filed[1].id}"] >> visible=true`).first().dispatchEvent('click')
  await visible(`.desk-pane[data-id="${filed[1].id}"]`).waitFor(T)
  await page.locator('.desk-pane .order-number >> visible=true').filter({ hasText: filed[1].number }).waitFor(T)

  // pick every row and 签收 them at once
  await tap('.desk-check-all')
  await seen('批量签收（3）').waitFor(T)
  await settled(page)
  await page.screenshot({ path: path.join(SCREENSHOTS, 'staff-desk-1280.png') })
  await tap('.desk-batch')
  await seen('已签收3件').waitFor(T)
  const staff = await host.login('property-staff')
  for (const f of filed) {
    const d = await host.ok('workorder', 'detail', { id: f.id }, staff)
    expect(d.status).toBe('acknowledged')
  }
  await page.waitForFunction(
    () => document.querySelectorAll('.desk-check:not(.desk-check-all)').length === 0,
    undefined,
    T,
  )

  // on a phone the same inbox is cards again
  await page.setViewportSize(PHONE_VIEWPORT)
  await visible('.inbox-item').waitFor(T)
  expect(await page.locator('.desk-table >> visible=true').count()).toBe(0)
  expect(phone.pageErrors).toEqual([])
})

test('the order sheets: 常用语 of the category first; 转派 targets grouped, the right ones first', async () => {
  await open(page, `${host.url}/#/packageStaff/pages/order/index?id=${filed[0].id}`)
  await tap('.action-progress')
  await visible('.quick-reply').waitFor(T)
  const phrases = await texts('.quick-reply')
  // 楼道灯's own phrase first, the general ones after
  expect(phrases[0]).toBe('已到现场，灯泡需更换，稍后处理')
  expect(phrases).toContain('已联系报事人了解情况')
  await page.locator('.quick-reply >> visible=true').first().dispatchEvent('click')
  expect(await visible('.progress-note textarea').inputValue()).toBe(phrases[0])
  await screenshot(page, 'staff-progress-quick-replies')
  await tap('.sheet-close')

  await tap('.action-transfer')
  await visible('.order-target-group').waitFor(T)
  // 刘师傅's company holds it: the estate's grid and community come first, then the departments
  expect(await texts('.order-target-group-name')).toEqual(['本网格与社区', '职能部门'])
  expect(await texts('.order-target-group-local .order-target')).toEqual(
    expect.arrayContaining([expect.stringContaining('北苑社区')]),
  )
  expect(phone.pageErrors).toEqual([])
})
