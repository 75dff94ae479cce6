/**
 * Online certificates in headless Chromium on the H5 build, every step through the UI:
 * 1. resident-a (王秀兰) applies for a 居住证明 for school enrolment, with a material photo;
 * 2. the community (周敏) accepts it and asks once for a missing material;
 * 3. the resident supplements, and the community approves;
 * 4. the resident opens the certificate with its QR; a stranger opens the verify page from the QR link
 *    and sees 有效 with the holder masked, on a phone and at desktop width;
 * 5. after a revoke the verify page shows 已撤销.
 * Screenshots go to .temp/screenshots/certificate-*.png.
 */
import type { Page } from 'playwright-core'
import { DESK_VIEWPORT, PHONE_VIEWPORT } from '../support/browser'
import { idNumberOf } from '../support/certificates'
import { pngOf } from '../support/images'
import { open, phoneSession, screenshot, settled, T } from '../support/phone-session'
import type { TestHost } from '../support/test-host'

const phone = phoneSession()
let host: TestHost
let page: Page
beforeAll(() => {
  ;({ host, page } = phone)
})

const { visible, tap, seen, signIn } = phone
const loginAs = signIn

const shot = (name: string, height?: number) => screenshot(page, `certificate-${name}`, height)

async function attachPhoto(scope: string, color: [number, number, number]) {
  const chooser = page.waitForEvent('filechooser')
  await tap(`${scope} .photo-add`)
  await (await chooser).setFiles({ name: 'material.png', mimeType: 'image/png', buffer: pngOf(96, 72, color) })
  await visible(`${scope} .photo-cell .photo-thumb`).waitFor(T)
  await page.waitForFunction(
    () => !document.querySelector('.photo-progress') && !document.querySelector('.photo-failed'),
  )
}

async function typeInto(selector: string, text: string) {
  await settled(page)
  const input = visible(selector)
  await input.focus()
  await page.keyboard.insertText(text)
}

test('apply with a photo → one notice → supplement → approve → verify 有效 (masked) → revoke → 已撤销', async () => {
  // 1. the resident applies in three steps
  await loginAs('王秀兰', /pages\/home\/index/)
  await open(page, `${host.url}/#/pages/certificates/types/index`)
  await seen('居住证明').waitFor(T)
  await seen('承诺3个工作日').waitFor(T)
  await seen(/户口簿或租房合同/).waitFor(T)
  await shot('1-types')
  await visible('.cert-type').filter({ hasText: '居住证明' }).dispatchEvent('click')
  await page.waitForURL(/certificates\/apply\/index\?code=JZZM/, T)
  await tap('.cert-purpose:text("入学")')
  await tap('.cert-next')
  await attachPhoto('.cert-apply', [200, 180, 120])
  await typeInto('.cert-id-number input', idNumberOf(8))
  await typeInto('.cert-since input', '2019-05')
  await shot('2-apply-materials')
  await tap('.cert-next')
  await seen('请确认').waitFor(T)
  await tap('.cert-submit')
  await page.waitForURL(/certificates\/detail\/index\?id=/, T)
  const id = new URL(page.url().replace('/#/', '/')).searchParams.get('id')!
  await visible('.cert-status:text("已提交")').waitFor(T)
  await seen(/承诺3个工作日，预计\d+月\d+日前办结/).waitFor(T)
  await shot('3-submitted')

  // 2. the community accepts and asks once
  await loginAs('周敏', /packageStaff\/pages\/inbox\/index/)
  await open(page, `${host.url}/#/packageStaff/pages/certificates/index`)
  await visible('.cert-inbox-row').filter({ hasText: '王秀兰' }).waitFor(T)
  await open(page, `${host.url}/#/packageStaff/pages/certificate/index?id=${id}`)
  await visible('.cert-materials .photo-thumb').waitFor(T)
  await tap('.cert-accept')
  await visible('.cert-status:text("已受理")').waitFor(T)
  await tap('.cert-more')
  await tap('.cert-notice-item')
  await typeInto('.cert-notice-extra input', '房东身份证复印件')
  await shot('4-one-notice')
  await tap('.cert-notice-send')
  await visible('.cert-status:text("待补充材料")').waitFor(T)

  // 3. the resident supplements
  await loginAs('王秀兰', /pages\/home\/index/)
  await open(page, `${host.url}/#/pages/certificates/detail/index?id=${id}`)
  await seen('承诺3个工作日，补充材料期间暂停计时').waitFor(T)
  await visible('.cert-missing-item:text("房东身份证复印件")').waitFor(T)
  await shot('5-missing')
  await attachPhoto('.cert-missing', [120, 160, 200])
  await tap('.cert-supplement')
  await visible('.cert-status:text("已补充材料")').waitFor(T)

  // the community approves
  await loginAs('周敏', /packageStaff\/pages\/inbox\/index/)
  await open(page, `${host.url}/#/packageStaff/pages/certificate/index?id=${id}`)
  await tap('.cert-approve')
  await visible('.cert-status:text("已出证")').waitFor(T)

  // 4. the resident sees the certificate with its QR
  await loginAs('王秀兰', /pages\/home\/index/)
  await open(page, `${host.url}/#/pages/certificates/detail/index?id=${id}`)
  await visible('.cert-qr').waitFor(T)
  expect(await visible('.cert-qr').getAttribute('src')).toMatch(/^data:image\/gif;base64,/)
  const boxText = (await visible('.cert-qr-box').textContent()) ?? ''
  const token = /核验码\s*([A-Z2-7]{12})/.exec(boxText)?.[1]
  expect(token).toBeTruthy()
  await seen(/兹证明王秀兰/).waitFor(T)
  await shot('6-certificate', 1200)

  // a stranger scans it: no sign-in, holder masked, every check passed
  const stranger = await page.context().browser()!.newContext({ viewport: PHONE_VIEWPORT, locale: 'zh-CN' })
  const other = await stranger.newPage()
  try {
    await other.goto(`${host.url}/#/pages/verify/index?token=${token}`)
    await other.getByText('有效', { exact: true }).first().waitFor(T)
    await other.getByText('王*兰').first().waitFor(T)
    expect(await other.getByText('王秀兰').count()).toBe(0)
    await other.getByText('✓ 电子签名有效').first().waitFor(T)
    await other.screenshot({ path: `${process.cwd()}/.temp/screenshots/certificate-7-verify-phone.png` })
    await other.setViewportSize(DESK_VIEWPORT)
    await other.screenshot({ path: `${process.cwd()}/.temp/screenshots/certificate-8-verify-desktop.png` })
    const width = await other
      .locator('.verify-wrap')
      .first()
      .evaluate((el) => el.getBoundingClientRect().width)
    expect(width).toBeLessThanOrEqual(720)

    // 5. the community revokes; the verify page says 已撤销
    await loginAs('周敏', /packageStaff\/pages\/inbox\/index/)
    await open(page, `${host.url}/#/packageStaff/pages/certificate/index?id=${id}`)
    await tap('.cert-revoke')
    await typeInto('.cert-reason textarea', '居民已搬离该住址')
    await tap('.cert-reason-send')
    await seen(/已出具 · 已撤销/).waitFor(T)

    await other.reload()
    await other.getByText('已撤销', { exact: true }).first().waitFor(T)
    await other.getByText('✗ 未被撤销').first().waitFor(T)
    await other.screenshot({ path: `${process.cwd()}/.temp/screenshots/certificate-9-verify-revoked.png` })
  } finally {
    await stranger.close()
  }
  expect(phone.pageErrors).toEqual([])
})
