/**
 * Catalogue-driven: for every function and action the host lists, schema-invalid input yields
 * INVALID_INPUT (never INTERNAL) and a caller without the role yields UNAUTHENTICATED or FORBIDDEN.
 */
import { startTestHost, type TestHost } from '../support/test-host'

interface Entry {
  function: string
  action: string
  roles: string[] | 'anyone'
  input: { required?: string[] }
}
interface PersonaInfo {
  key: string
  roles: string[]
}

let host: TestHost
let entries: Entry[]
let personas: PersonaInfo[]

beforeAll(async () => {
  host = await startTestHost()
  const catalog = await (await fetch(`${host.url}/api/_catalog`)).json()
  entries = catalog.data.functions.flatMap((f: { actions: Entry[] }) => f.actions)
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
