/**
 * Catalogue-driven: for every function and action the host lists, schema-invalid input yields
 * INVALID_INPUT (never INTERNAL) and a caller without the role yields UNAUTHENTICATED or FORBIDDEN.
 */
import { startTestHost, type TestHost } from '../support/test-host'

interface Entry {
  function: string
  action: string
  roles: string[] | 'anyone'
  runtimes: string[] | 'all'
  input: { required?: string[] }
}
interface PersonaInfo {
  key: string
  roles: string[]
}

let host: TestHost
let entries: Entry[]
/** actions that exist only on CloudBase (e.g. files.adopt) */
let elsewhere: Entry[]
let personas: PersonaInfo[]

beforeAll(async () => {
  host = await startTestHost()
  const catalog = await (await fetch(`${host.url}/api/_catalog`)).json()
  const all: Entry[] = catalog.data.functions.flatMap((f: { actions: Entry[] }) => f.actions)
  const here = (e: Entry) => e.runtimes === 'all' || e.runtimes.includes('local')
  entries = all.filter(here)
  elsewhere = all.filter((e) => !here(e))
  personas = await host.ok('auth', 'personas')
})
afterAll(async () => host.close())

/** a persona allowed to call the action, or null for anyone / system-only */
function allowedPersona(entry: Entry): PersonaInfo | null {
  if (entry.roles === 'anyone') return null
  return personas.find((p) => p.roles.some((r) => (entry.roles as string[]).includes(r))) ?? null
}

test('the catalogue is not empty and every entry names its roles', () => {
  expect(entries.length).toBeGreaterThanOrEqual(4)
  for (const e of entries) expect(e.roles === 'anyone' || (Array.isArray(e.roles) && e.roles.length > 0)).toBe(true)
})

test('every action: schema-invalid input is INVALID_INPUT', async () => {
  for (const entry of entries) {
    const persona = allowedPersona(entry)
    const systemOnly = entry.roles !== 'anyone' && !persona
    const token = persona ? await host.login(persona.key) : undefined
    const invalids: unknown[] = [12345, 'text', [1, 2]]
    if (entry.input.required?.length) invalids.push({})
    for (const data of invalids) {
      // a system-only action has no HTTP caller: run the bundled main as its timer trigger would
      const { status, body } = systemOnly
        ? await host.invokeAsTimer(entry.function, { action: entry.action, data })
        : await host.call(entry.function, entry.action, data, token)
      expect({ at: `${entry.function}.${entry.action}`, data, status, code: body.ok ? 'OK' : body.error.code }).toEqual(
        {
          at: `${entry.function}.${entry.action}`,
          data,
          status: 400,
          code: 'INVALID_INPUT',
        },
      )
    }
  }
})

test('every guarded action: no caller is UNAUTHENTICATED, a caller without the role is FORBIDDEN', async () => {
  let forbiddenChecked = 0
  const outsiderOf = (entry: Entry) =>
    entry.roles === 'anyone'
      ? undefined
      : personas.find((p) => !p.roles.some((r) => (entry.roles as string[]).includes(r)))
  const expectedForbidden = entries.filter((e) => outsiderOf(e)).length
  for (const entry of entries) {
    if (entry.roles === 'anyone') continue
    const anon = await host.call(entry.function, entry.action, {})
    expect({ at: `${entry.function}.${entry.action}`, code: anon.body.ok ? 'OK' : anon.body.error.code }).toEqual({
      at: `${entry.function}.${entry.action}`,
      code: 'UNAUTHENTICATED',
    })
    const outsider = outsiderOf(entry)
    if (!outsider) continue
    const res = await host.call(entry.function, entry.action, {}, await host.login(outsider.key))
    expect({ at: `${entry.function}.${entry.action}`, as: outsider.key, status: res.status }).toEqual({
      at: `${entry.function}.${entry.action}`,
      as: outsider.key,
      status: 403,
    })
    forbiddenChecked++
  }
  expect(forbiddenChecked).toBe(expectedForbidden)
})

test('actions of another runtime are refused here, whoever calls', async () => {
  expect(elsewhere.map((e) => `${e.function}.${e.action}`)).toContain('files.adopt')
  for (const entry of elsewhere) {
    for (const token of [undefined, await host.login('resident-a')]) {
      const { status, body } = await host.call(entry.function, entry.action, {}, token)
      expect({ at: `${entry.function}.${entry.action}`, status, ok: body.ok }).toEqual({
        at: `${entry.function}.${entry.action}`,
        status: 403,
        ok: false,
      })
    }
  }
})
