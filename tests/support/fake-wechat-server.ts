/**
 * A fake WeChat API server (the far edge) on a random loopback port, for the self-hosted runtime's
 * WeChat API port. It implements the five endpoints Xiaobei calls and records every request:
 * - GET  /cgi-bin/token                        → a fresh access token (checks appid and secret)
 * - GET  /sns/jscode2session                   → the openid of a code `code-<who>-<n>` is `o-<who>`; a
 *                                                code is good once (then 40163); `bad…` is 40029
 * - POST /wxa/business/getuserphonenumber      → a phone number (`bad…` is 40029; `abroad…` a US number)
 * - POST /wxa/msg_sec_check                    → `risky` when the text holds a risky word, else `pass`
 * - POST /cgi-bin/message/subscribe/send       → ok
 * Calls with an unknown or revoked access token get 40001, as WeChat answers.
 */
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  path: string
  query: Record<string, string>
  body: any
}

export interface FakeWechat {
  url: string
  requests: RecordedRequest[]
  /** requests to one path */
  calls(path: string): RecordedRequest[]
  /** the session_key values handed out (they must never reach a client) */
  sessionKeys: string[]
  /** every access token issued so far stops working, like a token reset on WeChat's side */
  revokeTokens(): void
  close(): Promise<void>
}

export async function startFakeWechat(options: {
  appid: string
  secret: string
  risky?: readonly string[]
}): Promise<FakeWechat> {
  const risky = options.risky ?? ['违规样例词']
  const requests: RecordedRequest[] = []
  const sessionKeys: string[] = []
  const usedCodes = new Set<string>()
  const tokens = new Set<string>()
  let issued = 0

  const readBody = (req: IncomingMessage) =>
    new Promise<any>((resolve) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        try {
          resolve(text ? JSON.parse(text) : undefined)
        } catch {
          resolve(text)
        }
      })
    })

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake')
    const query = Object.fromEntries(url.searchParams)
    const body = req.method === 'POST' ? await readBody(req) : undefined
    requests.push({ method: req.method ?? 'GET', path: url.pathname, query, body })
    const send = (reply: unknown) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify(reply))
    }
    const credentialsOk = query.appid === options.appid && query.secret === options.secret
    const tokenOk = () => tokens.has(query.access_token ?? '')
    switch (url.pathname) {
      case '/cgi-bin/token': {
        if (query.grant_type !== 'client_credential' || !credentialsOk) {
          return send({ errcode: 40013, errmsg: 'invalid appid' })
        }
        const token = `token-${++issued}`
        tokens.add(token)
        return send({ access_token: token, expires_in: 7200 })
      }
      case '/sns/jscode2session': {
        if (query.grant_type !== 'authorization_code' || !credentialsOk) {
          return send({ errcode: 40013, errmsg: 'invalid appid' })
        }
        const code = query.js_code ?? ''
        const who = /^code-([a-z0-9]+)-/.exec(code)?.[1]
        if (!who) return send({ errcode: 40029, errmsg: 'invalid code' })
        if (usedCodes.has(code)) return send({ errcode: 40163, errmsg: 'code been used' })
        usedCodes.add(code)
        const sessionKey = `sk-${who}-${usedCodes.size}-SECRETKEY`
        sessionKeys.push(sessionKey)
        return send({ openid: `o-${who}`, session_key: sessionKey })
      }
      case '/wxa/business/getuserphonenumber':
        if (!tokenOk()) return send({ errcode: 40001, errmsg: 'invalid credential' })
        if (String(body?.code ?? '').startsWith('bad')) return send({ errcode: 40029, errmsg: 'invalid code' })
        if (String(body?.code ?? '').startsWith('abroad')) {
          return send({
            errcode: 0,
            errmsg: 'ok',
            phone_info: { phoneNumber: '+1 2025550123', purePhoneNumber: '2025550123', countryCode: '1' },
          })
        }
        return send({
          errcode: 0,
          errmsg: 'ok',
          phone_info: { phoneNumber: '13800001111', purePhoneNumber: '13800001111', countryCode: '86' },
        })
      case '/wxa/msg_sec_check': {
        if (!tokenOk()) return send({ errcode: 40001, errmsg: 'invalid credential' })
        if (body?.version !== 2 || !body?.openid) return send({ errcode: 47001, errmsg: 'data format error' })
        const hit = risky.some((w) => String(body.content ?? '').includes(w))
        return send({
          errcode: 0,
          errmsg: 'ok',
          result: { suggest: hit ? 'risky' : 'pass', label: hit ? 20006 : 100 },
          trace_id: `trace-${requests.length}`,
        })
      }
      case '/cgi-bin/message/subscribe/send':
        if (!tokenOk()) return send({ errcode: 40001, errmsg: 'invalid credential' })
        if (!body?.touser || !body?.template_id) return send({ errcode: 47003, errmsg: 'argument invalid' })
        return send({ errcode: 0, errmsg: 'ok' })
      default:
        res.writeHead(404)
        res.end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    calls: (path) => requests.filter((r) => r.path === path),
    sessionKeys,
    revokeTokens: () => tokens.clear(),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
