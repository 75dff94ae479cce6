/**
 * 消息 in headless Chromium on the H5 build (375×812): a resident's report is acknowledged; 我的
 * shows 消息 with an unread badge; the box lists the message with a dot, newest first; tapping it
 * opens the report; back on 我的 the badge is gone. The property staff member's 消息 tab shows the
 * new order from the same box. Screenshots go to .temp/screenshots/messages-*.png.
 */
import { open, phoneSession, screenshot, T } from '../support/phone-session'
import { onlyPersonaOnDutyAtBotai, reportOf } from '../support/report-helpers'

const phone = phoneSession()
const { visible, tap, seen } = phone
const loginAs = (name: string, landing: RegExp) => phone.signIn(name, landing)

test('a reply reaches 消息: badge on 我的, a dot in the box, the report one tap away; then the badge is gone', async () => {
  const { host, page } = phone
  await onlyPersonaOnDutyAtBotai(host)
  const resident = await host.login('resident-a')
  const order = await host.ok(
    'report',
    'submit',
    reportOf({ description: '四楼楼道灯不亮，老人上下楼看不清' }),
    resident,
  )
  await host.ok('workorder', 'acknowledge', { id: order.id }, await host.login('property-staff'))

  await loginAs('王秀兰', /pages\/home\/index/)
  await open(page, `${host.url}/#/pages/mine/index`)
  const badge = visible('.messages-link .badge')
  await badge.waitFor(T)
  expect(Number(await badge.textContent())).toBeGreaterThanOrEqual(1)
  await screenshot(page, 'messages-1-mine-badge')

  await tap('.messages-link')
  await page.waitForURL(/pages\/messages\/index/, T)
  const newest = visible('.msg-item')
  await newest.waitFor(T)
  expect(await newest.evaluate((el) => el.classList.contains('is-unread'))).toBe(true)
  expect(await visible('.msg-item .msg-dot').count()).toBe(1)
  expect(await newest.textContent()).toContain('查看详情')
  await screenshot(page, 'messages-2-box')

  await newest.click(T)
  await page.waitForURL(new RegExp(`pages/report/detail/index\\?id=${order.id}`), T)
  await seen(order.number).waitFor(T)

  await open(page, `${host.url}/#/pages/mine/index`)
  await visible('.messages-link').waitFor(T)
  // the box was opened: nothing is unread any more
  await page.waitForFunction(() => !document.querySelector('.messages-link .badge'), undefined, T)
})

test("the property staff member's 消息 tab lists the new order from the same box", async () => {
  const { page } = phone
  await loginAs('刘师傅', /packageStaff\/pages\/inbox\/index/)
  await tap('.staff-tab-messages')
  await page.waitForURL(/packageStaff\/pages\/messages\/index/, T)
  await visible('.msg-count-todo').waitFor(T)
  const item = visible('.msg-item')
  await item.waitFor(T)
  expect(await item.textContent()).toMatch(/工单/)
  await screenshot(page, 'messages-3-staff')
})
