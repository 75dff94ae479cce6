import { pngOf } from '../support/images'
import { startTestHost, type TestHost } from '../support/test-host'

let host: TestHost
beforeAll(async () => {
  host = await startTestHost()
})
afterAll(async () => host.close())

const post = (path: string, body: BodyInit | Buffer, headers: Record<string, string> = {}) =>
  fetch(`${host.url}${path}`, {
    method: 'POST',
    body: (body instanceof Buffer ? new Uint8Array(body) : body) as BodyInit,
    headers,
  })

describe('local host', () => {
  test('healthz reports the store and functions', async () => {
    const res = await fetch(`${host.url}/healthz`)
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body).toMatchObject({ ok: true, data: { status: 'ok', runtime: 'local', store: 'pglite' } })
    expect(body.data.functions).toEqual(expect.arrayContaining(['auth', 'report', 'workorder']))
  })

  test('catalog lists every action with its JSON Schema and roles', async () => {
    const body = await (await fetch(`${host.url}/api/_catalog`)).json()
    const auth = body.data.functions.find((f: { name: string }) => f.name === 'auth')
    const devLogin = auth.actions.find((a: { action: string }) => a.action === 'devLogin')
    expect(devLogin).toMatchObject({ roles: 'anyone', runtimes: ['local'] })
    expect(devLogin.input).toMatchObject({ type: 'object', required: ['persona'] })
  })

  test('CORS preflight is answered', async () => {
    const res = await fetch(`${host.url}/api/auth`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://example.test',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization')
  })

  test('malformed JSON, unknown function and unknown action are clear errors, never 500', async () => {
    const badJson = await post('/api/auth', '{"action":', { 'content-type': 'application/json' })
    expect(badJson.status).toBe(400)
    expect(await badJson.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    const noFn = await post('/api/nothing', '{"action":"x"}')
    expect(noFn.status).toBe(404)
    const noAction = await host.call('auth', 'nothing')
    expect(noAction.status).toBe(404)
    expect(noAction.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    const noEnvelope = await post('/api/auth', '[1,2,3]')
    expect(noEnvelope.status).toBe(400)
  })

  test('answers carry the CORS header; a JSON body over 1 MB is refused, declared or chunked', async () => {
    const ok = await post('/api/auth', JSON.stringify({ action: 'personas' }), { 'content-type': 'application/json' })
    expect(ok.headers.get('access-control-allow-origin')).toBe('*')
    const notFound = await post('/api/nothing', '{"action":"x"}')
    expect(notFound.headers.get('access-control-allow-origin')).toBe('*')

    const big = JSON.stringify({ action: 'personas', data: { pad: 'x'.repeat(1024 * 1024) } })
    const declared = await post('/api/auth', big, { 'content-type': 'application/json' })
    expect(declared.status).toBe(400)
    expect(await declared.json()).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '请求内容过大' },
    })

    const chunks = (text: string) =>
      new ReadableStream({
        start(controller) {
          const bytes = new TextEncoder().encode(text)
          for (let i = 0; i < bytes.length; i += 64 * 1024) controller.enqueue(bytes.subarray(i, i + 64 * 1024))
          controller.close()
        },
      })
    const chunked = await fetch(`${host.url}/api/auth`, {
      method: 'POST',
      body: chunks(big),
      headers: { 'content-type': 'application/json' },
      duplex: 'half',
    } as RequestInit)
    expect(chunked.status).toBe(400)
    expect(await chunked.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '请求内容过大' } })
    // a small chunked body is read whole
    const small = await fetch(`${host.url}/api/auth`, {
      method: 'POST',
      body: chunks(JSON.stringify({ action: 'personas' })),
      headers: { 'content-type': 'application/json' },
      duplex: 'half',
    } as RequestInit)
    expect(small.status).toBe(200)
  })

  describe('photo upload', () => {
    let token: string
    beforeAll(async () => {
      token = await host.login('resident-a')
    })

    test('a raw PNG body is stored and served back', async () => {
      const png = pngOf(4, 4)
      const res = await post('/api/_upload', png, { 'content-type': 'image/png', authorization: `Bearer ${token}` })
      expect(res.status).toBe(200)
      const body = await res.json()
      expect(body.data.fileId).toMatch(/^f_[0-9a-z]{16}$/)
      const back = await fetch(`${host.url}${body.data.url}`)
      expect(back.headers.get('content-type')).toBe('image/png')
      expect(Buffer.from(await back.arrayBuffer()).equals(png)).toBe(true)
    })

    test('multipart field `file` works too', async () => {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(pngOf(2, 2))], { type: 'image/png' }), 'light.png')
      const res = await post('/api/_upload', form, { authorization: `Bearer ${token}` })
      expect(res.status).toBe(200)
      expect((await res.json()).data.fileId).toMatch(/^f_/)
    })

    test('type is checked by magic bytes, not by the claimed type', async () => {
      const res = await post('/api/_upload', Buffer.from('<script>alert(1)</script>'), {
        'content-type': 'image/png',
        authorization: `Bearer ${token}`,
      })
      expect(res.status).toBe(400)
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    })

    test('more than 10 MB is refused and nothing is stored', async () => {
      const before = await host.platform.store.collection('files').count()
      const big = Buffer.concat([pngOf(1, 1), Buffer.alloc(10 * 1024 * 1024 + 1)])
      const res = await post('/api/_upload', big, { 'content-type': 'image/png', authorization: `Bearer ${token}` })
      expect(res.status).toBe(400)
      expect(await host.platform.store.collection('files').count()).toBe(before)
    })

    test('anonymous upload is UNAUTHENTICATED', async () => {
      const res = await post('/api/_upload', pngOf(1, 1), { 'content-type': 'image/png' })
      expect(res.status).toBe(401)
    })

    test('an unknown file id is NOT_FOUND (with a token; without one, UNAUTHENTICATED)', async () => {
      const auth = { headers: { authorization: `Bearer ${token}` } }
      expect((await fetch(`${host.url}/api/_files/f_0000000000000000`, auth)).status).toBe(404)
      expect((await fetch(`${host.url}/api/_files/f_0000000000000000`)).status).toBe(401)
      expect((await fetch(`${host.url}/api/_files/..%2F..%2Fsecret`, auth)).status).toBe(404)
      expect((await fetch(`${host.url}/api/_files/..%2F..%2Fsecret`)).status).toBe(404)
    })
  })
})
