/**
 * A community admin onboards residents and staff in headless Chromium on the H5 build (issue 7):
 * 1. 周敏 (北苑社区) opens 房屋底册 from her 我的 (the staff tab bar), imports an .xlsx with one good row and one bad row, and sees
 *    the bad row refused with its reason and the waiting resident verified at once;
 * 2. opens 邀请工作人员, invites a 网格员 for 北苑二网格 and reads the code off the page; makes a second
 *    code and 作废 it from 未使用的邀请码 (listed without the code), after which it is refused;
 * 3. a new colleague redeems that code; 周敏 sees them in 工作人员 and removes them after a confirmation,
 *    which really ends the role.
 */
import type { Page } from 'playwright-core'
import { inviteIdOf } from '../../cloudfunctions/_services/invites'
import { consentNow, newResident } from '../support/accounts'
import {
  open,
  phoneSession,
  screenshot,
  seen as seenOn,
  settled,
  T,
  tap as tapOn,
  visible,
} from '../support/phone-session'
import { newRequestId } from '../support/report-helpers'
import { rosterXlsx } from '../support/roster-file'
import type { TestHost } from '../support/test-host'

const phone = phoneSession()
let host: TestHost
let page: Page
beforeAll(() => {
  ;({ host, page } = phone)
})

const seen = (text: string | RegExp) => seenOn(page, text)
const tap = (selector: string) => tapOn(page, selector)
const el = (selector: string) => visible(page, selector)

test('roster import verifies a waiting resident; an invite is made, redeemed, listed and removed', async () => {
  // a resident waiting for 核实 at 博泰佳苑2号楼 1单元 801, phone confirmed through WeChat
  const r = await newResident(host, '冯八')
  await consentNow(host, r.token)
  await host.platform.store.collection('users').patch(r.id, { wechatPhone: '13911118801' })
  const bound = await host.ok(
    'household',
    'bind',
    {
      requestId: newRequestId(),
      buildingId: 'bd-botai-2',
      unit: '1单元',
      room: '801',
      relation: 'owner',
      name: '冯八',
      phone: '13911118801',
    },
    r.token,
  )
  expect(bound.status).toBe('pending')

  await open(page, `${host.url}/#/pages/dev/personas/index`)
  await seen('周敏').click(T)
  await page.waitForURL(/packageStaff\/pages\/inbox/, T)
  // 我的 on the staff tab bar lists the tools of her role
  await tap('.staff-tab-me')
  await page.waitForURL(/packageStaff\/pages\/me/, T)
  await tap(`.me-link[data-url="/packageAdmin/pages/roster/index"]`)
  await page.waitForURL(/packageAdmin\/pages\/roster/, T)

  // 1. the roster: row 2 matches the waiting resident, row 3 names a building the community does not have
  const bytes = await rosterXlsx([
    ['博泰佳苑2号楼', '1单元', '801', '冯八', '13911118801'],
    ['不存在的楼', '1单元', '101', '某人', '13911118802'],
  ])
  const chooser = page.waitForEvent('filechooser')
  await tap('.roster-import')
  await (await chooser).setFiles({
    name: '北苑底册.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(bytes),
  })
  await el('.roster-result').waitFor(T)
  await expect(el('.roster-verified').textContent()).resolves.toContain('1')
  const refused = el('.import-row.is-refused')
  await expect(refused.getAttribute('data-row')).resolves.toBe('3')
  await expect(refused.locator('.import-col-reason').textContent()).resolves.not.toBe('')
  await screenshot(page, 'community-roster-import-phone')
  const mine = await host.ok('household', 'mine', {}, r.token)
  expect(JSON.stringify(mine)).toContain('verified')

  // 2. an invite for a grid worker of 北苑二网格
  await open(page, `${host.url}/#/packageAdmin/pages/invites/index`)
  await tap('.invite-role[data-value="grid_worker"]')
  await tap('.invite-org .adm-chip[data-value="gd-beiyuan-2"]')
  await tap('.invite-make')
  const code = ((await el('.invite-code').textContent()) ?? '').trim()
  expect(code).toMatch(/^[0-9A-Z]{10}$/)
  // the QR carries the redeem page's link with the code filled in
  await expect(page.locator('.invite-qr img').first().getAttribute('src')).resolves.toMatch(/^data:image\/gif/)
  await screenshot(page, 'community-invite-phone')

  // 2b. a second code, 作废 from 未使用的邀请码: listed without its code, then gone and refused
  await tap('.invite-make')
  await page.locator('.invite-code >> visible=true').nth(1).waitFor(T)
  const codes = (await page.locator('.invite-code >> visible=true').allTextContents()).map((c) => c.trim())
  const second = codes.find((c) => c !== code) as string
  const listed = el(`.open-invite[data-id="${inviteIdOf(second)}"]`)
  await listed.waitFor(T)
  await el(`.open-invite[data-id="${inviteIdOf(code)}"]`).waitFor(T)
  expect(await el('.open-invites').textContent()).not.toContain(second)
  await listed.locator('.open-invite-revoke').click(T)
  await page.locator('.taro__modal .taro-model__confirm >> visible=true').first().click(T)
  await listed.waitFor({ state: 'detached', ...T })
  const late = await host.call('auth', 'redeemInvite', { code: second }, (await newResident(host)).token)
  expect(late.status).toBe(409)

  // 3. the colleague redeems it and shows up in 工作人员 of 北苑二网格; 移除 ends the role
  const colleague = await newResident(host, '郑新')
  await host.ok('auth', 'redeemInvite', { code }, colleague.token)
  await open(page, `${host.url}/#/packageAdmin/pages/staff/index`)
  await tap('.staff-org .adm-chip[data-value="gd-beiyuan-2"]')
  const row = el(`.staff-row[data-user="${colleague.id}"]`)
  await row.waitFor(T)
  await row.locator('.staff-remove').click(T)
  await page.locator('.taro__modal .taro-model__confirm >> visible=true').first().click(T)
  await row.waitFor({ state: 'detached', ...T })
  await settled(page)
  const me = await host.ok('auth', 'me', {}, colleague.token)
  expect(me.user.scopes).toEqual([])
})
