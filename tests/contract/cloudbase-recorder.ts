/**
 * A local stand-in for the CloudBase API endpoint: `tcb.init({ serviceUrl })` sends every database
 * call here as `POST <serviceUrl>?env=…` with a JSON body `{ action, collectionName, query, data, … }`
 * (query/data/order are EJSON strings). The recorder keeps each request, decoded, and answers with
 * canned JSON in the shape the SDK reads (`{ requestId, data: { list | total | updated | … } }`).
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  url: string
  action: string
  /** the body with `query`, `data`, `order` and `projection` decoded from EJSON */
  body: Record<string, unknown>
}

type Reply = Record<string, unknown>

/** EJSON (canonical) → plain JSON: `{$numberInt: "1"}` → 1. */
export function decodeEjson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeEjson)
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>
    const keys = Object.keys(o)
    if (keys.length === 1 && ['$numberInt', '$numberDouble', '$numberLong', '$numberDecimal'].includes(keys[0])) {
      return Number(o[keys[0]])
    }
    return Object.fromEntries(keys.map((k) => [k, decodeEjson(o[k])]))
  }
  return value
}

const decodeField = (v: unknown): unknown =>
  typeof v === 'string' ? decodeEjson(JSON.parse(v)) : Array.isArray(v) ? v.map(decodeField) : v

const defaults: Record<string, () => Reply> = {
  'database.getDocument': () => ({ data: { list: [] } }),
  'database.calculateDocument': () => ({ data: { total: 0 } }),
  'database.modifyDocument': () => ({ data: { updated: 1 } }),
  'database.insertDocument': () => ({ data: { insertedIds: ['id'] } }),
  'database.removeDocument': () => ({ data: { deleted: 1 } }),
  'database.startTransaction': () => ({ transactionId: 'tx-1' }),
  'database.commitTransaction': () => ({}),
  'database.abortTransaction': () => ({}),
  'database.addCollection': () => ({}),
}

export interface Recorder {
  url: string
  requests: RecordedRequest[]
  /** the next request with this action gets this reply (FIFO per action) */
  queue(action: string, reply: Reply): void
  /** a getDocument reply listing these documents */
  docs(...docs: Record<string, unknown>[]): Reply
  reset(): void
  close(): Promise<void>
}

export async function startRecorder(): Promise<Recorder> {
  const requests: RecordedRequest[] = []
  const queued = new Map<string, Reply[]>()
  let n = 0
  const server = http.createServer((req, res) => {
    let raw = ''
    req.setEncoding('utf8')
    req.on('data', (chunk) => {
      raw += chunk
    })
    req.on('end', () => {
      const body = JSON.parse(raw || '{}') as Record<string, unknown>
      for (const key of ['query', 'data', 'order', 'projection']) {
        if (key in body) body[key] = decodeField(body[key])
      }
      const action = String(body.action)
      requests.push({ url: req.url ?? '', action, body })
      const reply = queued.get(action)?.shift() ?? defaults[action]?.() ?? {}
      res.setHeader('content-type', 'application/json')
      res.end(JSON.stringify({ requestId: `req-${++n}`, ...reply }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/admin`,
    requests,
    queue(action, reply) {
      const list = queued.get(action) ?? []
      list.push(reply)
      queued.set(action, list)
    },
    docs: (...docs) => ({ data: { list: docs.map((d) => JSON.stringify(d)) } }),
    reset() {
      requests.length = 0
      queued.clear()
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.()
        server.close(() => resolve())
      }),
  }
}
