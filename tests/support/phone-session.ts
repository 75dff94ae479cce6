/**
 * One end-to-end session for a test file: the real local host serving the H5 build, and headless
 * Chromium at a 375×812 phone. Call it at the top of the file; its beforeAll/afterAll open and close
 * both. The helpers cope with how Taro's H5 runtime behaves in a browser.
 */
import path from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import type { Clock } from '../../cloudfunctions/_platform/ports'
import { launchPhone, SCREENSHOTS } from './browser'
import { startTestHost, type TestHost } from './test-host'

/**
 * How long one wait may take. Generous on purpose: on a loaded machine (CI with both cores busy) a
 * page can take many seconds to appear, and a wait ends as soon as its condition holds anyway.
 */
export const T = { timeout: 45_000 }
/** starting PGlite and Chromium, and each test, under the same load */
const SETUP_MS = 180_000
const TEST_MS = 240_000

export interface PhoneSession {
  host: TestHost
  page: Page
  /** uncaught errors of the page; a test ends by expecting none */
  pageErrors: string[]
  /** the helpers below, on this session's page (usable once the session has started) */
  visible: (selector: string) => Locator
  tap: (selector: string) => Promise<void>
  seen: (text: string | RegExp) => Locator
  /** signs in as a demo persona and waits for the landing page */
  signIn: (name: string, landing: RegExp) => Promise<void>
}

/**
 * `clock`: an injected clock for stories where time must move (offers expire, slots begin); `host`: how
 * the host starts (e.g. no demo login and no demo people, as a real deployment).
 */
export function phoneSession(
  options: { clock?: Clock; host?: Omit<Parameters<typeof startTestHost>[0], 'h5' | 'clock'> } = {},
): PhoneSession {
  jest.setTimeout(TEST_MS)
  const session = { pageErrors: [] as string[] } as PhoneSession
  session.visible = (selector) => visible(session.page, selector)
  session.tap = (selector) => tap(session.page, selector)
  session.seen = (text) => seen(session.page, text)
  session.signIn = (name, landing) => signInAs(session.page, session.host.url, name, landing)
  let browser: Browser | undefined
  let ready: Promise<void> | undefined
  beforeAll(() => {
    ready = (async () => {
      session.host = await startTestHost({ ...options.host, h5: true, clock: options.clock })
      const launched = await launchPhone()
      browser = launched.browser
      session.page = await launched.context.newPage()
      session.page.setDefaultTimeout(T.timeout)
      session.page.on('pageerror', (e) => session.pageErrors.push(e.message))
    })()
    return ready
  }, SETUP_MS)
  // a setup that timed out may still finish: wait for it, so nothing is left running
  afterAll(async () => {
    await ready?.catch(() => undefined)
    await browser?.close()
    await session.host?.close()
  }, SETUP_MS)
  return session
}

/**
 * Signs in as a demo persona from the picker and waits for their landing page. The exact name: the
 * picker also says 当前：<name> for whoever is signed in.
 */
export async function signInAs(page: Page, hostUrl: string, name: string, landing: RegExp): Promise<void> {
  await open(page, `${hostUrl}/#/pages/dev/personas/index`)
  await seen(page, new RegExp(`^${name}$`)).click(T)
  await page.waitForURL(landing, T)
}

/** The visible match: H5 keeps earlier pages of the stack in the DOM, hidden. */
export const visible = (page: Page, selector: string) => page.locator(`${selector} >> visible=true`).first()

/** The first visible element with that text: a hidden page of the stack may hold the same words. */
export const seen = (page: Page, text: string | RegExp) => page.getByText(text).filter({ visible: true }).first()

/**
 * Clicks the element itself. Playwright's actionability check reports a page underneath, or
 * taro-pull-to-refresh-core on pages with pull-down refresh, as covering buttons that the browser's
 * own hit test finds.
 */
/**
 * Opens a page by its link as a person arriving from a shared link would: a hash-only `goto` keeps the
 * running app, whose stack may still hold an earlier copy of the same page, so the app is reloaded.
 */
export async function open(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.reload()
}

export async function tap(page: Page, selector: string): Promise<void> {
  const target = visible(page, selector)
  await target.waitFor(T)
  await target.dispatchEvent('click')
}

/**
 * Waits until the page is still: the newest page (Taro's `.taro_page`) is at the left edge after its
 * slide-in, and no finite animation or transition is running (a spinner's endless one is ignored).
 */
export async function settled(page: Page): Promise<void> {
  try {
    await page.waitForFunction(
      () => {
        const pages = Array.from(document.querySelectorAll('.taro_page')).filter(
          (p) => getComputedStyle(p).display !== 'none',
        )
        const top = pages[pages.length - 1]
        if (!top || Math.abs(top.getBoundingClientRect().left) >= 1) return false
        return document
          .getAnimations()
          .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY)
      },
      undefined,
      T,
    )
  } catch (error) {
    // say what kept the page from settling: which pages are shown where, and what still runs
    const state = await page
      .evaluate(() => ({
        url: location.href,
        pages: Array.from(document.querySelectorAll('.taro_page'))
          .filter((p) => getComputedStyle(p).display !== 'none')
          .map((p) => `${p.id || p.className} left=${Math.round(p.getBoundingClientRect().left)}`),
        running: document
          .getAnimations()
          .filter((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Number.POSITIVE_INFINITY)
          .map((a) => {
            const target = (a.effect as KeyframeEffect | null)?.target as Element | null
            const name = (a as CSSAnimation).animationName ?? (a as CSSTransition).transitionProperty ?? a.id
            return `${name} on ${target?.className || target?.tagName || '?'} at ${Math.round(Number(a.currentTime))} ms`
          }),
      }))
      .catch(() => null)
    throw new Error(`the page did not settle: ${JSON.stringify(state)}`, { cause: error })
  }
}

/** Waits until no toast is on screen (a success toast fades after about 1.5 s). */
export async function toastGone(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !Array.from(document.querySelectorAll('.taro__toast, .weui-toast')).some(
        (t) => getComputedStyle(t).display !== 'none' && (t as HTMLElement).offsetParent !== null,
      ),
    undefined,
    T,
  )
}

/** A 375-wide screenshot into SCREENSHOTS once the page is still and no toast covers it. */
export async function screenshot(page: Page, name: string, height?: number): Promise<void> {
  await settled(page)
  await toastGone(page)
  if (height) await page.setViewportSize({ width: 375, height })
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) })
  if (height) await page.setViewportSize({ width: 375, height: 812 })
}
