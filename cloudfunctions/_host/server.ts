/**
 * The local host: one Node process serving the H5 build at `/`, every bundled function at
 * `POST /api/<fn>`, the action catalogue at `GET /api/_catalog`, photos at `POST /api/_upload`
 * and `GET /api/_files/:id`, and `GET /healthz`. It knows nothing of the functions beyond
 * `main(event, context)` and `catalog`, exactly what CloudBase sees.
 */
import { existsSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { serve } from '@hono/node-server'
import { getConnInfo } from '@hono/node-server/conninfo'
import { serveStatic } from '@hono/node-server/serve-static'
import { type Context, Hono } from 'hono'
import { cors } from 'hono/cors'
import { type Envelope, type ErrorCode, httpStatusOf } from '../../types/envelope'
import { mayView } from '../_core/kpis/scope-access'
import { XLSX_MIME } from '../_platform/files/sniff'
import type { DeployableFunction } from '../_platform/kit/define'
import type { InvocationContext, Platform } from '../_platform/ports'
import { injectPlatform } from '../_platform/runtime/provider'
import { loadBundledFunctions } from './load-functions'
import { anyOrigin, failure, JSON_LIMIT, jsonBodyOf, limitOf } from './request-guards'
import { handleUpload, photoHeaders, requireUploader, UPLOAD_LIMIT } from './upload'

export interface HostOptions {
  platform: Platform
  functionsDir: string
  /** the H5 build; when missing, `/` explains how to build it */
  h5Dir?: string
  port?: number
  hostname?: string
  /** answered by /healthz, so a new start can tell this host from a process that reused its pid */
  instance?: string
}

export interface Host {
  url: string
  functions: Map<string, DeployableFunction>
  /** runs a function as a timer trigger would (the local scheduler) */
  trigger(fn: string, action: string): Promise<Envelope<unknown>>
  close(): Promise<void>
}

/** Where the local host publishes the certificate signing keys. */
export const CERTIFICATE_KEYS_PATH = '/.well-known/xiaobei/certificate-keys.json'

export function createApp(
  platform: Platform,
  functions: Map<string, DeployableFunction>,
  h5Dir?: string,
  instance?: string,
): Hono {
  const app = new Hono()
  app.use(
    '/api/*',
    anyOrigin(
      cors({ origin: '*', allowHeaders: ['Content-Type', 'Authorization'], allowMethods: ['GET', 'POST', 'OPTIONS'] }),
    ),
  )
  app.use('/healthz', cors({ origin: '*' }))

  app.get('/healthz', (c) =>
    c.json({
      ok: true,
      data: {
        status: 'ok',
        runtime: platform.runtime,
        store: platform.store.kind,
        functions: [...functions.keys()],
        ...(instance ? { instance } : {}),
      },
    }),
  )

  // the public keys e-certificates are signed with, for anyone who verifies a certificate offline
  app.get(CERTIFICATE_KEYS_PATH, (c) => {
    c.header('Access-Control-Allow-Origin', '*')
    c.header('Cache-Control', 'public, max-age=3600')
    return c.json({ keys: platform.signer?.publicKeys() ?? [], digest: platform.signer?.digest ?? null })
  })

  app.get('/api/_catalog', async (c) =>
    c.json({
      ok: true,
      data: {
        functions: await Promise.all(
          [...functions.values()].map(async (f) => ({ name: f.name, actions: await f.catalog() })),
        ),
      },
    }),
  )

  app.post('/api/_upload', requireUploader(platform), limitOf(UPLOAD_LIMIT, '图片不能超过 10MB'), async (c) => {
    const { status, body } = await handleUpload(c, platform)
    return c.json(body, status as 200)
  })

  app.get('/api/_files/:id', async (c) => {
    const id = c.req.param('id')
    const denied = await fileAccessDenied(platform, id, c.req.query('t'), c.req.header('authorization'))
    if (denied) return c.json(failure(denied.code, denied.message), httpStatusOf[denied.code] as 401)
    const file = await platform.files.get(id)
    if (!file) return c.json(failure('NOT_FOUND', '没有找到这张图片'), 404)
    const headers =
      file.mime === XLSX_MIME
        ? {
            'Content-Type': XLSX_MIME,
            'Content-Disposition': 'attachment; filename="export.xlsx"',
            'X-Content-Type-Options': 'nosniff',
          }
        : photoHeaders(file.bytes)
    return c.body(Buffer.from(file.bytes), 200, headers)
  })

  app.post('/api/:fn', async (c) => {
    const fn = functions.get(c.req.param('fn'))
    if (!fn) return c.json(failure('NOT_FOUND', `没有这个云函数：${c.req.param('fn')}`), 404)
    // the only /api route that reads a JSON body (uploads have their own limit)
    const raw = await jsonBodyOf(c, JSON_LIMIT)
    if (raw === null) return c.json(failure('INVALID_INPUT', '请求内容过大'), 400)
    let event: unknown
    try {
      event = JSON.parse(raw)
    } catch {
      return c.json(failure('INVALID_INPUT', '请求不是有效的 JSON'), 400)
    }
    const context: InvocationContext = { authorization: c.req.header('authorization'), clientIp: clientIpOf(c) }
    const reply = await fn.main(event, context)
    return c.json(reply, (reply.ok ? 200 : httpStatusOf[reply.error.code]) as 200)
  })

  app.all('/api/*', (c) => c.json(failure('NOT_FOUND', '没有这个接口'), 404))

  if (h5Dir && existsSync(path.join(h5Dir, 'index.html'))) {
    const root = path.relative(process.cwd(), h5Dir) || '.'
    app.use('/*', serveStatic({ root }))
    app.get('*', serveStatic({ root, path: 'index.html' }))
  } else {
    app.get('/', (c) =>
      c.html(
        '<meta charset="utf-8"><p style="font-size:20px">H5 页面还没有构建。请运行 <code>npm run build:h5</code> 后刷新。</p>',
      ),
    )
  }
  return app
}

export async function startHost(options: HostOptions): Promise<Host> {
  injectPlatform(Promise.resolve(options.platform))
  const functions = loadBundledFunctions(options.functionsDir)
  const app = createApp(options.platform, functions, options.h5Dir, options.instance)
  const hostname = options.hostname ?? '127.0.0.1'
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 8787, hostname }, () => resolve(s))
    s.once('error', reject)
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${hostname}:${port}`,
    functions,
    async trigger(fnName, action) {
      const fn = functions.get(fnName)
      if (!fn) throw new Error(`no function ${fnName}`)
      return fn.main({ action, data: {} }, { trigger: 'timer' })
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()))
        if ('closeAllConnections' in server) (server as { closeAllConnections(): void }).closeAllConnections()
      }),
  }
}

const FILE_ID = /^f_[0-9a-z]{16}$/

/**
 * Who may fetch a photo's bytes: whoever holds a live grant from a URL a view minted for them (the
 * view decides: the reporter, staff in scope of the order, followers only for staff photos), or,
 * with a bearer token, the person who uploaded it. No grant and no token: 401.
 */
async function fileAccessDenied(
  platform: Platform,
  fileId: string,
  grant: string | undefined,
  authorization: string | undefined,
): Promise<{ code: ErrorCode; message: string } | null> {
  if (!FILE_ID.test(fileId)) return { code: 'NOT_FOUND', message: '没有找到这张图片' }
  if (grant) {
    const verdict = platform.files.grants?.(fileId, grant) ?? 'invalid'
    if (verdict === 'ok') return null
    return { code: 'FORBIDDEN', message: verdict === 'expired' ? '图片链接已过期，请刷新页面' : '无权查看这张图片' }
  }
  const caller = authorization ? await platform.identity.identify({}, { authorization }) : null
  if (!caller) return { code: 'UNAUTHENTICATED', message: '请先登录' }
  const meta = await platform.store.collection('files').get(fileId)
  if (!meta) return { code: 'NOT_FOUND', message: '没有找到这张图片' }
  if (meta.ownerId === caller.userId) return null
  // a supervision export: whoever may view the scope it shows
  const exportScope = meta.exportScope as Parameters<typeof mayView>[1] | undefined
  if (exportScope && mayView(caller, exportScope)) return null
  return { code: 'FORBIDDEN', message: exportScope ? '无权下载该范围的报表' : '无权查看这张图片' }
}

/** The socket's peer address (never a forwarded header, which any client can write). */
function clientIpOf(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address
  } catch {
    return undefined
  }
}
