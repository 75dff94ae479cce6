/**
 * Starts the real local host on a random loopback port with an in-memory PGlite store and the demo
 * seed, and talks to it over HTTP like the app does.
 */
import path from 'node:path'
import { startHost } from '../../cloudfunctions/_host/server'
import type { Clock, Platform } from '../../cloudfunctions/_platform/ports'
import { createLocalPlatform } from '../../cloudfunctions/_platform/runtime/local'
import { clearInjectedPlatform } from '../../cloudfunctions/_platform/runtime/provider'
import type { Store } from '../../cloudfunctions/_platform/store/port'
import { seedIfEmpty } from '../../cloudfunctions/_seed/seed'
import { type Envelope, httpStatusOf } from '../../types/envelope'

export const ROOT = path.resolve(__dirname, '..', '..')

export interface TestHost {
  url: string
  platform: Platform
  call<T = unknown>(
    fn: string,
    action: string,
    data?: unknown,
    token?: string,
    /** the envelope's request id (audit rows and logs carry it) */
    requestId?: string,
  ): Promise<{ status: number; body: Envelope<T> }>
  /** calls and expects ok; returns data */
  ok<T = any>(fn: string, action: string, data?: unknown, token?: string): Promise<T>
  login(persona: string): Promise<string>
  trigger(fn: string, action: string): Promise<Envelope<unknown>>
  /** runs a bundled main exactly as a timer trigger would, with any event; status as HTTP would map it */
  invokeAsTimer(fn: string, event: unknown): Promise<{ status: number; body: Envelope<unknown> }>
  close(): Promise<void>
}

export async function startTestHost(
  options: {
    clock?: Clock
    h5?: boolean
    storeUrl?: string
    demo?: boolean
    /** seed the demo street's people too (default true); false is what `XIAOBEI_DEMO=0 npm start` seeds */
    people?: boolean
    store?: Store
    wrapStore?: (store: Store) => Store
    /** false: no demo street (a benchmark loads its own world) */
    seed?: boolean
  } = {},
): Promise<TestHost> {
  // tests log in as demo personas on every store: the host starts with the demo flag unless told otherwise
  const platform = await createLocalPlatform({
    storeUrl: options.storeUrl ?? 'pglite:memory',
    clock: options.clock,
    demo: options.demo ?? true,
    store: options.store,
    wrapStore: options.wrapStore,
  })
  if (options.seed !== false) {
    await seedIfEmpty(platform.store, platform.clock.now(), { people: options.people ?? true })
  }
  const host = await startHost({
    platform,
    functionsDir: path.join(ROOT, 'dist', 'cloudfunctions'),
    h5Dir: options.h5 ? path.join(ROOT, 'dist', 'h5') : undefined,
    port: 0,
  })
  const tokens = new Map<string, string>()

  async function call<T>(fn: string, action: string, data?: unknown, token?: string, requestId?: string) {
    const res = await fetch(`${host.url}/api/${fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ action, data, ...(requestId ? { requestId } : {}) }),
    })
    return { status: res.status, body: (await res.json()) as Envelope<T> }
  }

  return {
    url: host.url,
    platform,
    call,
    async ok(fn, action, data, token) {
      const { status, body } = await call<any>(fn, action, data, token)
      if (!body.ok) throw new Error(`${fn}.${action} → ${status} ${body.error.code}: ${body.error.message}`)
      return body.data
    },
    async login(persona) {
      const cached = tokens.get(persona)
      if (cached) return cached
      const { body } = await call<{ token: string }>('auth', 'devLogin', { persona })
      if (!body.ok) throw new Error(`devLogin ${persona}: ${body.error.message}`)
      tokens.set(persona, body.data.token)
      return body.data.token
    },
    trigger: (fn, action) => host.trigger(fn, action),
    async invokeAsTimer(fn, event) {
      const body = await host.functions.get(fn)!.main(event, { trigger: 'timer' })
      return { status: body.ok ? 200 : httpStatusOf[body.error.code], body }
    },
    async close() {
      await host.close()
      await platform.store.close()
      clearInjectedPlatform()
    },
  }
}
