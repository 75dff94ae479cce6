/** Small helpers for the benchmarks: quantiles and a timed loop with bounded concurrency. */
export function quantile(sortedMs: number[], q: number): number {
  if (sortedMs.length === 0) return Number.NaN
  return sortedMs[Math.min(sortedMs.length - 1, Math.floor(q * sortedMs.length))]
}

/** Runs `total` tasks with `concurrency` in flight; returns the wall time and each task's latency (ms, sorted). */
export async function timed(total: number, concurrency: number, task: (i: number) => Promise<unknown>) {
  const latencies: number[] = []
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < total; i = next++) {
        const t = performance.now()
        await task(i)
        latencies.push(performance.now() - t)
      }
    }),
  )
  const wallMs = performance.now() - started
  return { wallMs, perSec: (total / wallMs) * 1000, latencies: latencies.sort((a, b) => a - b) }
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits
