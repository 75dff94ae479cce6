/**
 * A load generator that runs apart from the server: a worker thread (its own event loop, on its own
 * core when there is one) that makes HTTP calls to the local host and times each one, as a separate
 * client process would. The host it calls is the real one in the parent thread; the time of a call
 * is the whole HTTP request as this client sees it (connect or reuse, send, the server's work,
 * read and JSON-parse the reply).
 *
 * Plain JavaScript so the worker needs no TypeScript loader. Started by `runLoad` in load.ts, which
 * passes `workerData`: { url, fn, warm: Call[], timed: Call[], concurrency }, each Call being
 * { token, event } (event: the envelope, `{ action, data }`). The warm calls go first, one at a time (not timed); then the timed calls run with
 * `concurrency` in flight. Posts { wallMs, latencies, statuses } back, or { error }.
 */
import { parentPort, workerData } from 'node:worker_threads'

const { url, fn, warm, timed, concurrency } = workerData

/** One call; a connection the loaded host dropped is retried (the calls are idempotent on requestId). */
async function call(c) {
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(`${url}/api/${fn}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${c.token}` },
        body: JSON.stringify(c.event),
      })
      return { status: res.status, body: await res.json() }
    } catch (error) {
      if (attempt >= 3 || !/fetch failed/.test(String(error))) throw error
    }
  }
}

async function main() {
  for (const c of warm) await call(c)
  const latencies = new Array(timed.length)
  const statuses = new Array(timed.length)
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < timed.length; i = next++) {
        const t = performance.now()
        const { body } = await call(timed[i])
        latencies[i] = performance.now() - t
        statuses[i] = body.ok ? (body.data?.status ?? 'ok') : `error ${body.error?.code}`
      }
    }),
  )
  return { wallMs: performance.now() - started, latencies, statuses }
}

main().then(
  (result) => parentPort.postMessage(result),
  (error) => parentPort.postMessage({ error: String(error?.stack ?? error) }),
)
