/**
 * Demo login (auth.devLogin, auth.personas) is open only with XIAOBEI_DEMO=1, the default for an
 * embedded pglite store. A host on PostgreSQL without the flag, or with XIAOBEI_DEMO=0, refuses both:
 * nobody becomes the street admin by naming a persona. The PostgreSQL host needs XIAOBEI_TEST_PG_URL.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startHost } from '../../cloudfunctions/_host/server'
import { createLocalPlatform, demoLoginFor } from '../../cloudfunctions/_platform/runtime/local'
import { clearInjectedPlatform } from '../../cloudfunctions/_platform/runtime/provider'
import { seedIfEmpty } from '../../cloudfunctions/_seed/seed'
import { ROOT } from '../support/test-host'

const pgUrl = process.env.XIAOBEI_TEST_PG_URL
// each test starts its own host: give a loaded machine room
jest.setTimeout(180_000)

/** a host built the way `npm start` builds it: the demo flag from the environment, not from the test */
async function hostWith(storeUrl: string, flag: string | undefined) {
  const saved = process.env.XIAOBEI_DEMO
  if (flag === undefined) delete process.env.XIAOBEI_DEMO
  else process.env.XIAOBEI_DEMO = flag
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'xb-demo-'))
  try {
    const platform = await createLocalPlatform({ storeUrl, dataDir, secret: 'demo-login-test' })
    if (storeUrl.startsWith('pglite:')) await seedIfEmpty(platform.store, platform.clock.now())
    const host = await startHost({ platform, functionsDir: path.join(ROOT, 'dist', 'cloudfunctions'), port: 0 })
    const call = async (action: string, data: unknown) => {
      const res = await fetch(`${host.url}/api/auth`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action, data }),
      })
      return { status: res.status, body: (await res.json()) as { ok: boolean; data?: any; error?: { code: string } } }
    }
    const close = async () => {
      await host.close()
      await platform.store.close()
      clearInjectedPlatform()
      rmSync(dataDir, { recursive: true, force: true })
    }
    return { call, close, demoLogin: platform.demoLogin }
  } finally {
    if (saved === undefined) delete process.env.XIAOBEI_DEMO
    else process.env.XIAOBEI_DEMO = saved
  }
}

test.each([
  ['pglite:memory', undefined, true],
  ['pglite:/srv/xiaobei/data', undefined, true],
  ['pglite:memory', '0', false],
  ['postgres://xb@db/xiaobei', undefined, false],
  ['postgresql://xb@db/xiaobei', '', false],
  ['postgres://xb@db/xiaobei', 'yes', false],
  ['postgres://xb@db/xiaobei', '1', true],
])('demo login for store %s with XIAOBEI_DEMO=%s: %s', (url, flag, open) => {
  expect(demoLoginFor(url, flag)).toBe(open)
})

async function expectRefused(host: Awaited<ReturnType<typeof hostWith>>) {
  const login = await host.call('devLogin', { persona: 'street-admin' })
  expect({ status: login.status, code: login.body.error?.code, token: login.body.data?.token }).toEqual({
    status: 403,
    code: 'FORBIDDEN',
    token: undefined,
  })
  const personas = await host.call('personas', {})
  expect({ status: personas.status, code: personas.body.error?.code, list: personas.body.data }).toEqual({
    status: 403,
    code: 'FORBIDDEN',
    list: undefined,
  })
}

test('an embedded store with XIAOBEI_DEMO=0 refuses demo login, though the personas exist', async () => {
  const host = await hostWith('pglite:memory', '0')
  try {
    expect(host.demoLogin).toBe(false)
    await expectRefused(host)
  } finally {
    await host.close()
  }
})

const onPostgres = pgUrl ? describe : describe.skip
onPostgres('a host on PostgreSQL', () => {
  test('without XIAOBEI_DEMO refuses devLogin and personas', async () => {
    const host = await hostWith(pgUrl!, undefined)
    try {
      expect(host.demoLogin).toBe(false)
      await expectRefused(host)
    } finally {
      await host.close()
    }
  })

  test('with XIAOBEI_DEMO=1 opens demo login (an unknown persona is then NOT_FOUND, not FORBIDDEN)', async () => {
    const host = await hostWith(pgUrl!, '1')
    try {
      expect(host.demoLogin).toBe(true)
      const login = await host.call('devLogin', { persona: 'nobody-at-all' })
      expect({ status: login.status, code: login.body.error?.code }).toEqual({ status: 404, code: 'NOT_FOUND' })
    } finally {
      await host.close()
    }
  })
})
