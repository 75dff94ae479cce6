/**
 * Runs calls against the local host from a load generator apart from it (load-client.mjs, in a
 * worker thread), so the client's own CPU (fetch, streams, JSON) is not spent on the server's event
 * loop and counted in the server's latency. See load-client.mjs for what a latency covers.
 */
import path from 'node:path'
import { Worker } from 'node:worker_threads'

export interface LoadCall {
  token: string
  /** the envelope: `{ action, data }` */
  event: { action: string; data: unknown }
}

export interface LoadRun {
  wallMs: number
  perSec: number
  /** each timed call's latency in ms, sorted */
  latencies: number[]
  /** each timed call's answer, in order: the data's status (or 'ok'), or `error <code>` */
  statuses: string[]
}

/** `warm` one at a time (not timed), then `timed` with `concurrency` in flight, all to POST /api/<fn>. */
export function runLoad(
  url: string,
  fn: string,
  calls: { warm: LoadCall[]; timed: LoadCall[] },
  concurrency: number,
): Promise<LoadRun> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(__dirname, 'load-client.mjs'), {
      workerData: { url, fn, warm: calls.warm, timed: calls.timed, concurrency },
    })
    worker.once('message', (m: { error?: string; wallMs: number; latencies: number[]; statuses: string[] }) => {
      if (m.error) reject(new Error(`load client: ${m.error}`))
      else
        resolve({
          wallMs: m.wallMs,
          perSec: (calls.timed.length / m.wallMs) * 1000,
          latencies: [...m.latencies].sort((a, b) => a - b),
          statuses: m.statuses,
        })
      void worker.terminate()
    })
    worker.once('error', reject)
  })
}
