/**
 * 民生集市 in headless Chromium on the H5 build, every resident and staff step through the UI
 * (issue 9): the organiser's market is set up through the API first.
 * 1. 王秀兰 (resident-a) books 义剪;
 * 2. 李建国 (resident-b) fills the slot, and 赵桂芳 (resident-c) joins the waiting list;
 * 3. 王秀兰 cancels; 赵桂芳 sees the offer with its countdown and accepts it;
 * 4. a grid worker scans 赵桂芳's code: 核销成功; a second scan says 已核销过.
 * Time moves through an injected clock (the slot must begin before a scan counts).
 */
import type { Page } from 'playwright-core'
import { createManualClock } from '../../cloudfunctions/_platform/runtime/clock'
import {
  open,
  phoneSession,
  screenshot,
  seen as seenOn,
  settled,
  signInAs,
  T,
  tap as tapOn,
  visible,
} from '../support/phone-session'
import type { TestHost } from '../support/test-host'

const clock = createManualClock(new Date())
const phone = phoneSession({ clock })
let host: TestHost
let page: Page
beforeAll(() => {
  ;({ host, page } = phone)
})

const seen = (text: string | RegExp) => seenOn(page, text)
const tap = (selector: string) => tapOn(page, selector)
const visibleEl = (selector: string) => visible(page, selector)
const shot = (name: string) => screenshot(page, `market-${name}`)
/** a button of the open modal (the page underneath may show the same words) */
const modalButton = (text: string) => page.locator('.taro-model__btn').filter({ hasText: text, visible: true }).first()

const loginAs = (name: string, landing: RegExp) => signInAs(page, host.url, name, landing)

/** A market today (China time) whose one 义剪 slot begins 90 minutes from now: 3 seats, 2 bookable. */
async function marketSoon() {
  const now = clock.now().getTime()
  const start = now + 90 * 60_000
  const iso = (ms: number) => new Date(ms).toISOString()
  const dayOf = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10)
  const admin = await host.login('community-admin')
  const saved = await host.ok(
    'market',
    'save',
    {
      title: '北苑社区临时集市',
      venue: '北苑社区广场',
      date: dayOf(now - 60 * 60_000),
      opensAt: iso(now - 60 * 60_000),
      closesAt: iso(start + 60 * 60_000),
      bookingOpensAt: iso(now - 60 * 60_000),
      bookingClosesAt: iso(start + 30 * 60_000),
      walkInShare: 1 / 3,
      stalls: [
        {
          name: '义剪',
          category: '义剪',
          slots: [{ startsAt: iso(start), endsAt: iso(start + 30 * 60_000), capacity: 3 }],
        },
      ],
    },
    admin,
  )
  await host.ok('market', 'publish', { id: saved.id }, admin)
  return saved.id as string
}

async function bookFirstSlot(marketId: string, expectTitle: string, choice: string) {
  await open(page, `${host.url}/#/pages/market/index?id=${marketId}`)
  await visibleEl('.slot').waitFor(T)
  await settled(page)
  await tap('.slot')
  await seen(expectTitle).waitFor(T)
  await modalButton(choice).click(T)
}

test('book → fill → waiting list → cancel → offer → accept → scan ok, then already redeemed', async () => {
  const marketId = await marketSoon()

  // 1. 王秀兰 books 义剪
  await loginAs('王秀兰', /pages\/home\/index/)
  await bookFirstSlot(marketId, '预约成功', '留在这里')
  await seen('余1').waitFor(T)
  await shot('1-booked')

  // 2. 李建国 fills the slot; 赵桂芳 joins the waiting list
  await loginAs('李建国', /pages\/home\/index/)
  await bookFirstSlot(marketId, '预约成功', '留在这里')
  await seen('已满 可候补').waitFor(T)
  await loginAs('赵桂芳', /pages\/home\/index/)
  await bookFirstSlot(marketId, '已加入候补', '我的预约')
  await page.waitForURL(/pages\/market\/mine\/index/, T)
  await seen('候补第 1 位').waitFor(T)
  await shot('2-waitlisted')

  // 3. 王秀兰 cancels from 我的预约; 赵桂芳 gets the offer and accepts it
  await loginAs('王秀兰', /pages\/home\/index/)
  await open(page, `${host.url}/#/pages/market/mine/index`)
  await visibleEl('.booking-confirmed .booking-qr').waitFor(T)
  await settled(page)
  await tap('.booking-confirmed .cancel-booking')
  await modalButton('确定取消').click(T)
  await seen('已取消').waitFor(T)

  await loginAs('赵桂芳', /pages\/home\/index/)
  await open(page, `${host.url}/#/pages/market/mine/index`)
  await visibleEl('.booking-offered .offer-countdown').waitFor(T)
  expect(await visibleEl('.offer-countdown').textContent()).toMatch(/还剩 \d+分\d{2}秒/)
  await shot('3-offer')
  await settled(page)
  await tap('.accept-offer')
  await visibleEl('.booking-confirmed .booking-qr').waitFor(T)
  await shot('4-accepted')
  const mine = await host.ok('market', 'mine', {}, await host.login('resident-c'))
  const code = mine.items.find((i: { status: string }) => i.status === 'confirmed').checkinCode as string

  // 4. the slot is about to begin: a grid worker scans (on H5, pastes) the code twice
  clock.advance(80 * 60_000)
  await loginAs('张伟', /packageStaff|pages\/home/)
  await open(page, `${host.url}/#/packageStaff/pages/market-scan/index`)
  await visibleEl('.scan-code textarea').waitFor(T)
  await settled(page)
  for (const expected of ['核销成功', '已核销过']) {
    await visibleEl('.scan-code textarea').fill(code)
    await tap('.scan-submit')
    await page.locator('.scan-result >> visible=true').filter({ hasText: expected }).first().waitFor(T)
  }
  expect(await visibleEl('.scan-result').textContent()).toContain('赵*芳')
  await shot('5-scanned')
  expect(phone.pageErrors).toEqual([])
})
