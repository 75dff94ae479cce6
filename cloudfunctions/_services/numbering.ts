/** Order numbers HB-YYYYMMDD-NNNN from a per-day counter, allocated by compare-and-set on the counter's version. */
import { counterKeyOf, formatOrderNumber } from '../_core/numbering'
import type { Store } from '../_platform/store/port'

export const ORDER_PREFIX = 'HB'

export async function nextOrderNumber(store: Store, at: Date): Promise<string> {
  const counters = store.collection<{ _id: string; _v: number; seq: number }>('counters')
  const key = counterKeyOf(ORDER_PREFIX, at)
  for (let attempt = 0; attempt < 50; attempt++) {
    const doc = await counters.get(key)
    try {
      if (!doc) {
        await counters.insert({ _id: key, seq: 1 })
        return formatOrderNumber(ORDER_PREFIX, at, 1)
      }
      const saved = await counters.patch(key, { seq: doc.seq + 1 }, { expectedVersion: doc._v })
      return formatOrderNumber(ORDER_PREFIX, at, saved.seq)
    } catch (error) {
      if (!(error instanceof Error && error.name === 'StoreConflictError')) throw error
    }
  }
  throw new Error(`order number counter ${key} stayed contended`)
}
