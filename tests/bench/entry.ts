/**
 * One benchmark figure, as `npm run bench` prints it and writes it to bench-results.json.
 * Each tests/bench/<name>.bench.ts exports `bench(): Promise<BenchEntry[]>`; run.ts finds the
 * files by name, runs them one after another in one process, and exits 1 when any entry misses.
 */
export interface BenchEntry {
  /** e.g. 'submit.storeOps', 'inbox.todoP95Ms' */
  name: string
  /** e.g. 'ops', 'ms', 'µs', 'KB', 'ratio' */
  unit: string
  value: number
  /** a human-readable target, e.g. '≤ 8' */
  target: string
  met: boolean
  /** what was measured and how, one line */
  note?: string
}

export function entry(name: string, unit: string, value: number, op: '<' | '≤', limit: number, note?: string) {
  const met = op === '<' ? value < limit : value <= limit
  return { name, unit, value, target: `${op} ${limit}`, met, note } satisfies BenchEntry
}

/** A figure printed and recorded for information only: no target, never a miss. */
export function info(name: string, unit: string, value: number, note?: string) {
  return { name, unit, value, target: 'info', met: true, note } satisfies BenchEntry
}
