/**
 * What the local host checks of a request before a function sees it: the body limits (counted while
 * the body streams in, so nothing larger is ever buffered), CORS for every origin, and the envelope
 * of a refusal.
 */
import type { Context, MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { ErrorCode } from '../../types/envelope'

export const JSON_LIMIT = 1024 * 1024

/** Counted while the body streams in (chunked bodies included): nothing larger is ever buffered. */
export const limitOf = (maxSize: number, message: string) =>
  bodyLimit({ maxSize, onError: (c) => c.json(failure('INVALID_INPUT', message), 400) })

/**
 * A call's JSON body as text, or null when it is larger than `maxSize`. A declared length is judged
 * before anything is read, and then the body is read by the Node server's fast path (straight from
 * the socket's stream, no WHATWG Request); a body without one (chunked) is counted while it streams
 * in. Nothing larger than `maxSize` is ever buffered.
 */
export async function jsonBodyOf(c: Context, maxSize: number): Promise<string | null> {
  const declared = c.req.header('content-length')
  if (declared !== undefined && !c.req.header('transfer-encoding')) {
    return Number.parseInt(declared, 10) > maxSize ? null : c.req.text()
  }
  const body = c.req.raw.body
  if (!body) return ''
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.length
    if (size > maxSize) {
      void reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks, size).toString('utf8')
}

/**
 * CORS for every origin. Hono's cors() sets its header on `c.res` before the handler runs, which
 * makes every JSON answer a full Response read back through a web stream; a header set with
 * `c.header` goes out with the handler's answer as it is. Preflights get Hono's answer.
 */
export function anyOrigin(preflight: MiddlewareHandler): MiddlewareHandler {
  return (c, next) => {
    if (c.req.method === 'OPTIONS') return preflight(c, next)
    c.header('Access-Control-Allow-Origin', '*')
    return next()
  }
}

export function failure(code: ErrorCode, message: string) {
  return { ok: false as const, error: { code, message } }
}
