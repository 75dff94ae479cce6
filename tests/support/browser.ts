/**
 * Headless Debian Chromium driven by playwright-core, at a phone viewport (375×812). No
 * --user-data-dir: playwright-core refuses it in launch(), and a plain launch gets a fresh profile.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { type Browser, type BrowserContext, chromium } from 'playwright-core'

/**
 * Where e2e runs put their screenshots: an ignored folder, so a test run never dirties the tree.
 * `npm run screenshots` copies them to the tracked docs/screenshots.
 */
export const SCREENSHOTS = path.resolve(__dirname, '..', '..', '.temp', 'screenshots')

/** A phone's screen (the viewport every story starts with) and the street office's PC. */
export const PHONE_VIEWPORT = { width: 375, height: 812 }
export const DESK_VIEWPORT = { width: 1280, height: 800 }

export async function launchPhone(): Promise<{ browser: Browser; context: BrowserContext }> {
  mkdirSync(SCREENSHOTS, { recursive: true })
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
    viewport: PHONE_VIEWPORT,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  })
  return { browser, context }
}
