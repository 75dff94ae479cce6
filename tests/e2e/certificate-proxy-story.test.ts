/**
 * 代办证明 in headless Chromium on the H5 build, at a phone's width, every step through the UI:
 * 1. 张伟 (grid worker) opens 代办证明 from his workbench, finds 王秀兰 of his grid by name;
 * 2. picks 居住证明 for 就业; cannot go on before recording the resident's consent;
 * 3. records 本人当面同意 with the statement ticked, adds the material photo and the details, submits,
 *    and sees the request (已提交, 网格员张伟代办);
 * 4. 王秀兰 finds it in her own 我的证明.
 * Screenshots go to .temp/screenshots/certificate-proxy-*.png.
 */
import type { Page } from 'playwright-core'
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

const shot = (name: string, height?: number) => screenshot(page, `certificate-proxy-${name}`, height)

async function typeInto(selector: string, text: string) {
  await settled(page)
  const input = visible(selector)
  await input.focus()
  await page.keyboard.insertText(text)
}

async function clearInput(selector: string) {
  await settled(page)
  await visible(selector).fill('')
}

async function expectError(text: string | RegExp) {
  await visible('.proxy-error').filter({ hasText: text }).waitFor(T)
}

test('grid worker: find the resident → certificate → consent (required) → materials → submit → the resident sees it', async () => {
  // 1. from the workbench to 代办证明, and a resident of the grid by name
  await loginAs('张伟', /packageStaff\/pages\/inbox\/index/)
  await visible('.inbox-proxy').waitFor(T)
  await shot('0-workbench')
  await tap('.inbox-proxy')
  await page.waitForURL(/packageStaff\/pages\/proxy-apply\/index/, T)
  await seen('博泰佳苑 3号楼').waitFor(T)
  await seen('第1步，共5步 · 选择居民').waitFor(T)
  // nobody of another grid is offered
  expect(await page.getByText('赵桂芳').count()).toBe(0)
  await shot('1-residents')
  await typeInto('.proxy-search input', '查无此人')
  await seen(/没有找到“查无此人”/).waitFor(T)
  await clearInput('.proxy-search input')
  await typeInto('.proxy-search input', '王秀兰')
  await tap('.proxy-resident[data-user="u-resident-a"]')

  // 2. which certificate, for what
  await seen('第2步，共5步 · 证明和用途').waitFor(T)
  await visible('.proxy-for-name:text("王秀兰")').waitFor(T)
  await tap('.proxy-next')
  await expectError('请选择要办理的证明')
  await tap('.proxy-type[data-code="JZZM"]')
  await tap('.proxy-purpose:text("就业")')
  await tap('.proxy-next')

  // 3. consent: a way of agreeing and the statement, or no further
  await seen('第3步，共5步 · 本人同意').waitFor(T)
  await tap('.proxy-next')
  await expectError('请选择居民本人同意的方式')
  await tap('.proxy-consent-in_person')
  await tap('.proxy-next')
  await expectError('请勾选确认：已向居民本人说明并征得同意')
  await typeInto('.proxy-consent-note textarea', '上门当面说明，本人同意')
  await tap('.proxy-consent-check')
  await visible('.proxy-consent-check.is-on').waitFor(T)
  expect(await page.locator('.proxy-error').count()).toBe(0) // ticking it answers the complaint
  await shot('2-consent', 1100)
  await tap('.proxy-next')

  // 4. materials and details, in the resident's name
  await seen('第4步，共5步 · 材料和信息').waitFor(T)
  await seen('拍照上传王秀兰的材料').waitFor(T)
  const chooser = page.waitForEvent('filechooser')
  await tap('.proxy-apply .photo-add')
  await (await chooser).setFiles({ name: 'hukou.png', mimeType: 'image/png', buffer: pngOf(96, 72, [180, 160, 120]) })
  await visible('.proxy-apply .photo-cell .photo-thumb').waitFor(T)
  await page.waitForFunction(
    () => !document.querySelector('.photo-progress') && !document.querySelector('.photo-failed'),
  )
  await typeInto('.cert-id-number input', idNumberOf(71))
  await typeInto('.cert-since input', '2012-09')
  await tap('.proxy-next')

  // 5. confirm and submit; the request as created
  await seen('请核对后提交').waitFor(T)
  await seen('本人当面同意').waitFor(T)
  await shot('3-confirm')
  await tap('.proxy-submit')
  await page.waitForURL(/pages\/certificates\/detail\/index\?id=/, T)
  const id = new URL(page.url().replace('/#/', '/')).searchParams.get('id')!
  await visible('.cert-status:text("已提交")').waitFor(T)
  await seen(/网格员张伟代办/).waitFor(T)
  await shot('4-submitted')

  const doc = await host.platform.store.collection('certificate_requests').get(id)
  expect(doc).toMatchObject({
    applicantId: 'u-resident-a',
    proxyId: 'u-grid-worker',
    proxy: { name: '张伟', consent: { method: 'in_person', note: '上门当面说明，本人同意' } },
  })

  // 6. the resident sees it in her own list
  await loginAs('王秀兰', /pages\/home\/index/)
  await open(page, `${host.url}/#/pages/certificates/mine/index`)
  const row = visible('.cert-row').filter({ hasText: '居住证明' }).filter({ hasText: '就业' })
  await row.waitFor(T)
  // the row itself says who applied for her
  await row.locator('.cert-row-proxy').filter({ hasText: '网格员张伟代办' }).waitFor(T)
  await shot('5-resident-mine')
  expect(phone.pageErrors).toEqual([])
})
