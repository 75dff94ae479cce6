/**
 * Headless Debian Chromium driven by playwright-core, at a phone viewport (375×812). No
 * --user-data-dir: playwright-core refuses it in launch(), and a plain launch gets a fresh profile.
 */
import path from 'node:path'
import { type Browser, type BrowserContext, chromium } from 'playwright-core'

export const SCREENSHOTS = path.resolve(__dirname, '..', '..', 'docs', 'screenshots')

export async function launchPhone(): Promise<{ browser: Browser; context: BrowserContext }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
  const context = await browser.newContext({
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  })
  return { browser, context }
}
