/** Helpers for the board and survey tests: verified residents of an estate, and a full set of answers. */
import type { TestHost } from './test-host'

export const ANSWERS = (n: number) => ({ attitude: n, repair: n, hygiene: n, safety: n, fees: n })

let seq = 0
export const requestId = () => `rq-board-${process.pid}-${++seq}`.padEnd(12, '0')

/** Tokens of the seeded verified residents of an estate (one per household), in id order. */
export async function residentsOf(host: TestHost, estateId: string): Promise<Array<{ id: string; token: string }>> {
  const page = await host.platform.store
    .collection('households')
    .find({ where: { estateId }, orderBy: [['estateId', 'asc']], limit: 200 })
  const ids = page.items.filter((h) => h.status === 'verified').map((h) => String(h.userId))
  return Promise.all(ids.map(async (id) => ({ id, token: await host.platform.identity.issueToken!(id) })))
}
