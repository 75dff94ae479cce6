/**
 * A new deployment meets real people (issue 7), in headless Chromium on the H5 build, with demo login
 * off and no demo people; a fake WeChat server stands in for WeChat's API (the far edge), and the page
 * gets its one-time login codes from a `wx.login` stand-in, as inside WeChat:
 * 1. the bootstrap code makes the street's first admin;
 * 2. the admin invites a grid worker, who opens the invite link and redeems it in the browser;
 * 3. a new resident signs in with wx.login, consents, binds a house in that grid, and the grid worker
 *    verifies it in 待核实住户;
 * 4. the resident reports a broken stairwell light, which reaches the estate's property company.
 */
import type { BrowserContext, Page } from 'playwright-core'
import { ensureBootstrapInvite } from '../../cloudfunctions/_platform/runtime/bootstrap-invite'
import { type FakeWechat, startFakeWechat } from '../support/fake-wechat-server'
import { open, phoneSession, screenshot, seen, settled, T, tap, visible } from '../support/phone-session'
import type { TestHost } from '../support/test-host'

const APPID = 'wx-onboarding-e2e'
const SECRET = 'secret-onboarding-e2e'
const saved = { ...process.env }
let fake: FakeWechat
beforeAll(async () => {
  fake = await startFakeWechat({ appid: APPID, secret: SECRET })
  process.env.XIAOBEI_WECHAT_API_BASE = fake.url
  process.env.XIAOBEI_WECHAT_APPID = APPID
  process.env.XIAOBEI_WECHAT_SECRET = SECRET
})
afterAll(async () => {
  process.env = saved
  await fake.close()
})

const phone = phoneSession({ host: { demo: false, people: false } })
let host: TestHost
let resident: Page
let gridWorker: Page
const contexts: BrowserContext[] = []
beforeAll(async () => {
  host = phone.host
  resident = phone.page
  await withWechat(resident.context(), 'resident')
  const ctx = await resident
    .context()
    .browser()!
    .newContext({
      viewport: { width: 375, height: 812 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
    })
  contexts.push(ctx)
  await withWechat(ctx, 'grid')
  gridWorker = await ctx.newPage()
  gridWorker.setDefaultTimeout(T.timeout)
})
afterAll(async () => {
  for (const c of contexts) await c.close()
})

/** `wx.login` as WeChat's JS environment offers it: a fresh one-time code for this person each time */
async function withWechat(ctx: BrowserContext, who: string) {
  await ctx.addInitScript((w) => {
    let n = 0
    ;(globalThis as unknown as { wx: unknown }).wx = {
      login: (o: { success?: (r: { code: string }) => void }) => o.success?.({ code: `code-${w}-${Date.now()}${n++}` }),
    }
  }, who)
}

test('bootstrap admin → invite → a grid worker redeems → a resident signs in, binds, is verified, reports', async () => {
  // demo login is off on this host
  expect((await host.call('auth', 'devLogin', { persona: 'resident-a' })).status).toBe(403)

  // 1. the bootstrap code: the first street admin (signing in with WeChat through the API)
  expect(await ensureBootstrapInvite(host.platform.store, { code: 'FIRSTADMIN2026' }, new Date())).toBe('created')
  const admin = await host.ok('auth', 'wxLogin', { code: 'code-admin-1' })
  const made = await host.ok('auth', 'redeemInvite', { code: 'FIRSTADMIN2026', name: '街道管理员' }, admin.token)
  expect(made.role).toBe('street_admin')

  // 2. the admin invites a grid worker of 北苑社区第一网格; the worker opens the link and redeems it
  const invite = await host.ok('org', 'invite', { role: 'grid_worker', gridId: 'gd-beiyuan-1' }, admin.token)
  // two people, two pages: the one acted on is brought to the front, as a person's own phone would be
  await gridWorker.bringToFront()
  await open(gridWorker, `${host.url}/#/pages/onboarding/invite/index?code=${invite.code}`)
  await visible(gridWorker, '.invite-code-input input').waitFor(T)
  await tap(gridWorker, '.redeem')
  await visible(gridWorker, '.invite-done').waitFor(T)
  await tap(gridWorker, '.to-work')
  await gridWorker.waitForURL(/packageStaff\/pages\/inbox/, T)

  // 3. a resident: 首页 without a session goes to 欢迎; agree and sign in; bind 博泰佳苑 2号楼 1单元 502
  await resident.bringToFront()
  await open(resident, `${host.url}/#/pages/home/index`)
  await resident.waitForURL(/pages\/onboarding\/welcome/, T)
  await visible(resident, '.privacy-notice').waitFor(T)
  await tap(resident, '.agree-sign-in')
  await resident.waitForURL(/pages\/onboarding\/bind/, T)
  await resident.locator('.pick-community >> visible=true').filter({ hasText: '北苑社区' }).first().click(T)
  await resident.locator('.pick-estate >> visible=true').filter({ hasText: '博泰佳苑' }).first().click(T)
  await resident.locator('.pick-building >> visible=true').filter({ hasText: '2号楼' }).first().click(T)
  await visible(resident, '.bind-unit input').fill('1单元')
  await visible(resident, '.bind-room input').fill('502')
  await tap(resident, '.bind-relation-owner')
  await visible(resident, '.bind-name input').fill('韩梅')
  await screenshot(resident, 'onboarding-bind-phone')
  await tap(resident, '.bind-submit')
  await resident.waitForURL(/pages\/onboarding\/houses/, T)
  await seen(resident, /待核实/).waitFor(T)

  // the grid worker sees the binding in 待核实住户 and approves it
  await gridWorker.bringToFront()
  await open(gridWorker, `${host.url}/#/packageStaff/pages/households/index`)
  const item = gridWorker.locator('.pending-item >> visible=true').filter({ hasText: '韩梅' }).first()
  await item.waitFor(T)
  await item.locator('.approve').click(T)
  await item.waitFor({ state: 'detached', ...T })

  // 4. verified, the resident reports a broken stairwell light: it reaches 博泰佳苑's property company
  await resident.bringToFront()
  await open(resident, `${host.url}/#/pages/onboarding/houses/index`)
  await seen(resident, /已核实/).waitFor(T)
  await open(resident, `${host.url}/#/pages/home/index`)
  await tap(resident, '.channel-property')
  await resident.waitForURL(/pages\/report\/new\/index/, T)
  await tap(resident, '.category-item[data-code="stairwell_light"]')
  await settled(resident)
  await visible(resident, '.description textarea').focus()
  await resident.keyboard.insertText('2号楼1单元楼道灯不亮')
  await tap(resident, '.submit-report')
  await resident.waitForURL(/pages\/report\/done\/index\?id=/, T)
  await seen(resident, /博泰佳苑物业服务中心/).waitFor(T)
  await screenshot(resident, 'onboarding-first-report-phone')

  // WeChat was asked for every sign-in, and no session_key ever reached a page
  expect(fake.calls('/sns/jscode2session').length).toBeGreaterThanOrEqual(3)
  const html = await resident.content()
  for (const key of fake.sessionKeys) expect(html).not.toContain(key)
  expect(phone.pageErrors).toEqual([])
})
