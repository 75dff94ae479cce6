/**
 * What a client sends can never become a 500. Catalogue-driven: for every action and every string
 * field of its input (and the envelope's requestId), a NUL character or a lone UTF-16 surrogate is
 * 400 INVALID_INPUT naming that field. Malformed and wrong-typed cursors are INVALID_INPUT. Bodies
 * over the limit are refused while they stream, chunked ones included, in the envelope.
 */
import http from 'node:http'
import { reportOf } from '../support/report-helpers'
import { startTestHost, type TestHost } from '../support/test-host'

interface JsonSchema {
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  items?: JsonSchema
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  enum?: unknown[]
}
interface Entry {
  function: string
  action: string
  roles: string[] | 'anyone'
  runtimes: string[] | 'all'
  input: JsonSchema
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
  entries = catalog.data.functions
    .flatMap((f: { actions: Entry[] }) => f.actions)
    .filter((e: Entry) => e.runtimes === 'all' || e.runtimes.includes('local'))
  personas = await host.ok('auth', 'personas')
}, 180_000)
afterAll(async () => host.close())

const BAD = {
  nul: '\u0000',
  'NUL inside': 'a\u0000b',
  'lone high surrogate': '\ud800abc',
  'lone low surrogate': 'x\udc00',
}

const accepts = (schema: JsonSchema, type: string): boolean =>
  schema.type === type ||
  (Array.isArray(schema.type) && schema.type.includes(type)) ||
  [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].some((s) => accepts(s, type))

/** Every place a string can go in the input, as a path and a way to put a value there. */
function stringSlots(schema: JsonSchema, path: string[] = []): Array<{ path: string[]; wrap: (v: string) => unknown }> {
  const out: Array<{ path: string[]; wrap: (v: string) => unknown }> = []
  if (accepts(schema, 'string') || schema.enum?.some((v) => typeof v === 'string')) out.push({ path, wrap: (v) => v })
  for (const s of [schema, ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) {
    for (const [key, child] of Object.entries(s.properties ?? {})) out.push(...stringSlots(child, [...path, key]))
    if (s.items) {
      for (const slot of stringSlots(s.items, [...path, '0'])) out.push({ path: slot.path, wrap: (v) => slot.wrap(v) })
    }
  }
  return out
}

/** Builds `{a: {b: [value]}}` for the path a.b.0. */
function dataAt(path: string[], value: string): unknown {
  let out: unknown = value
  for (let i = path.length - 1; i >= 0; i--) out = /^\d+$/.test(path[i]) ? [out] : { [path[i]]: out }
  return out
}

async function callAs(entry: Entry, event: Record<string, unknown>) {
  const persona =
    entry.roles === 'anyone' ? null : personas.find((p) => p.roles.some((r) => (entry.roles as string[]).includes(r)))
  if (entry.roles !== 'anyone' && !persona) return host.invokeAsTimer(entry.function, event)
  const token = persona ? await host.login(persona.key) : undefined
  const res = await fetch(`${host.url}/api/${entry.function}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(event),
  })
  return { status: res.status, body: await res.json() }
}

test('every action, every string field: NUL or a lone surrogate is 400 INVALID_INPUT naming the field', async () => {
  let checked = 0
  for (const entry of entries) {
    const slots = [
      ...stringSlots(entry.input).map((s) => ({ where: ['data', ...s.path], event: (v: string) => dataAt(s.path, v) })),
    ]
    for (const slot of slots) {
      for (const [label, bad] of Object.entries(BAD)) {
        const { status, body } = await callAs(entry, { action: entry.action, data: slot.event(bad) })
        expect({ at: `${entry.function}.${entry.action}`, field: slot.where.join('.'), label, status }).toEqual({
          at: `${entry.function}.${entry.action}`,
          field: slot.where.join('.'),
          label,
          status: 400,
        })
        expect(body.error.code).toBe('INVALID_INPUT')
        expect(body.error.details?.[0]?.path).toBe(slot.where.join('.'))
        checked++
      }
    }
    // the envelope's own strings and keys no schema declares
    for (const bad of Object.values(BAD)) {
      for (const event of [
        { action: entry.action, data: {}, requestId: `req-${bad}-12345678` },
        { action: entry.action, data: { [`k${bad}`]: 1 } },
        { action: entry.action, data: { nested: [{ deep: [bad] }] } },
      ]) {
        const { status, body } = await callAs(entry, event)
        expect({ at: `${entry.function}.${entry.action}`, status, code: body.error?.code }).toEqual({
          at: `${entry.function}.${entry.action}`,
          status: 400,
          code: 'INVALID_INPUT',
        })
        checked++
      }
    }
  }
  expect(checked).toBeGreaterThan(200)
})

test('the fuzzed cases that reached the database before are refused and store nothing', async () => {
  const persona = await host.call('auth', 'devLogin', { persona: 'resident-a\u0000' })
  expect([persona.status, persona.body.ok || persona.body.error.code]).toEqual([400, 'INVALID_INPUT'])
  const token = await host.login('resident-a')
  const detail = await host.call('report', 'detail', { id: '\u0000' }, token)
  expect([detail.status, detail.body.ok || detail.body.error.code]).toEqual([400, 'INVALID_INPUT'])
  const before = await host.platform.store.collection('workorders').count()
  for (const data of [
    reportOf({ description: '\ud800楼道灯不亮，晚上看不见' }),
    reportOf({ requestId: 'req-\ud800-00000001' }),
    reportOf({ buildingId: 'bd-botai-3\u0000' }),
  ]) {
    const res = await host.call('report', 'submit', data, token)
    expect([res.status, res.body.ok || res.body.error.code]).toEqual([400, 'INVALID_INPUT'])
  }
  expect(await host.platform.store.collection('workorders').count()).toBe(before)
  // emoji (a proper surrogate pair) is fine
  const ok = await host.call('report', 'submit', reportOf({ description: '楼道灯不亮 💡 晚上看不见' }), token)
  expect(ok.status).toBe(200)
})

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url')

describe('a cursor the store did not make is INVALID_INPUT, never INTERNAL', () => {
  const cursors = [
    'a',
    'not-a-cursor',
    'WzFd', // [1]
    b64([]),
    b64({ a: 1 }),
    b64([1, 2]), // right length, wrong types
    b64(['2026-01-01T00:00:00.000Z', 7]),
    b64([{ a: 1 }, 'wo_x']),
    b64([['x'], 'wo_x']),
    b64([true, 'wo_x']),
    b64(['2026-01-01T00:00:00.000Z\u0000', 'wo_x']),
    b64(['a', 'b', 'c']),
  ]

  test.each([
    ['report', 'mine', 'resident-a', {}],
    ['workorder', 'inbox', 'property-staff', { filter: 'todo' }],
    ['workorder', 'inbox', 'property-staff', { filter: 'all' }],
  ])('%s.%s as %s %j', async (fn, actionName, persona, extra) => {
    const token = await host.login(persona)
    for (const cursor of cursors) {
      const res = await host.call(fn, actionName, { ...extra, cursor }, token)
      expect({ cursor, status: res.status, code: res.body.ok ? 'OK' : res.body.error.code }).toEqual({
        cursor,
        status: 400,
        code: 'INVALID_INPUT',
      })
    }
  })

  test('a cursor the store made still pages', async () => {
    const token = await host.login('resident-a')
    for (let i = 0; i < 3; i++) await host.ok('report', 'submit', reportOf(), token)
    const first = await host.ok('report', 'mine', { limit: 1 }, token)
    expect(first.nextCursor).toEqual(expect.any(String))
    const second = await host.ok('report', 'mine', { limit: 1, cursor: first.nextCursor }, token)
    expect(second.items).toHaveLength(1)
  })
})

/** Sends `total` bytes chunked (no Content-Length) and returns the reply, however early it comes. */
function chunkedPost(path: string, total: number, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: any; sent: number }>((resolve, reject) => {
    const url = new URL(path, host.url)
    const req = http.request(
      { method: 'POST', hostname: url.hostname, port: url.port, path: url.pathname, headers },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (d) => {
          text += d
        })
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text), sent }))
      },
    )
    let answered = false
    // the host may close the connection once it has answered and stopped reading: not a failure
    req.on('error', (error) => (answered ? undefined : reject(error)))
    let sent = 0
    const chunk = Buffer.alloc(64 * 1024, 0x20)
    const pump = () => {
      while (sent < total) {
        sent += chunk.length
        if (!req.write(chunk)) return req.once('drain', pump)
      }
      req.end()
    }
    req.once('response', () => {
      answered = true
      total = sent // stop sending once the host has answered
    })
    pump()
  })
}

describe('body limits hold while the body streams', () => {
  test('a chunked JSON body over 1 MB is 400 in the envelope', async () => {
    const res = await chunkedPost('/api/report', 8 * 1024 * 1024, { 'content-type': 'application/json' })
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  test('a chunked upload over 10 MB is 400 in the envelope and stores nothing', async () => {
    const token = await host.login('resident-b')
    const before = await host.platform.store.collection('files').count()
    const res = await chunkedPost('/api/_upload', 24 * 1024 * 1024, {
      'content-type': 'image/png',
      authorization: `Bearer ${token}`,
    })
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await host.platform.store.collection('files').count()).toBe(before)
  })

  test('an anonymous upload is refused before its body is read', async () => {
    const res = await chunkedPost('/api/_upload', 40 * 1024 * 1024, { 'content-type': 'image/png' })
    expect(res.status).toBe(401)
    expect(res.sent).toBeLessThan(40 * 1024 * 1024)
  })
})
