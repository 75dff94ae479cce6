/** The local token check: what hono/jwt signs verifies; anything else is no token. */
import { sign } from 'hono/jwt'
import { verifyHs256 } from '../../../cloudfunctions/_platform/identity/local-token'

const SECRET = 'local-secret'
const NOW = 1_800_000_000
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url')

test('a token signed with the secret gives its payload', async () => {
  const token = await sign({ sub: 'u1', issuedAt: NOW, expiresAt: NOW + 60 }, SECRET, 'HS256')
  expect(verifyHs256(token, SECRET, NOW)).toEqual({ sub: 'u1', issuedAt: NOW, expiresAt: NOW + 60 })
})

test('another secret, a changed payload, another algorithm or a malformed token is refused', async () => {
  const token = await sign({ sub: 'u1' }, SECRET, 'HS256')
  const [h, , s] = token.split('.')
  expect(verifyHs256(await sign({ sub: 'u1' }, 'guess', 'HS256'), SECRET, NOW)).toBeNull()
  expect(verifyHs256(`${h}.${b64({ sub: 'u-street-admin' })}.${s}`, SECRET, NOW)).toBeNull()
  expect(verifyHs256(await sign({ sub: 'u1' }, SECRET, 'HS512'), SECRET, NOW)).toBeNull()
  expect(verifyHs256(`${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'u1' })}.`, SECRET, NOW)).toBeNull()
  expect(
    verifyHs256(`${b64({ alg: 'HS256', typ: 'JWT', crit: ['x'] })}.${b64({ sub: 'u1' })}.${s}`, SECRET, NOW),
  ).toBeNull()
  for (const bad of ['', 'not-a-token', 'a.b', 'a.b.c.d', `${h}.!!!.${s}`, `${token}x`]) {
    expect(verifyHs256(bad, SECRET, NOW)).toBeNull()
  }
})

test('exp, nbf and iat are honoured when present', async () => {
  expect(verifyHs256(await sign({ sub: 'u1', exp: NOW }, SECRET, 'HS256'), SECRET, NOW)).toBeNull()
  expect(verifyHs256(await sign({ sub: 'u1', exp: NOW + 1 }, SECRET, 'HS256'), SECRET, NOW)).not.toBeNull()
  expect(verifyHs256(await sign({ sub: 'u1', nbf: NOW + 1 }, SECRET, 'HS256'), SECRET, NOW)).toBeNull()
  expect(verifyHs256(await sign({ sub: 'u1', iat: NOW + 1 }, SECRET, 'HS256'), SECRET, NOW)).toBeNull()
  expect(
    verifyHs256(await sign({ sub: 'u1', exp: 'later' as unknown as number }, SECRET, 'HS256'), SECRET, NOW),
  ).toBeNull()
})
