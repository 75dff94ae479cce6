/**
 * Order numbers PREFIX-YYYYMMDD-NNNN (the prefix is the street's setting) from a per-street,
 * per-day counter. The number is taken inside the transaction that writes the order, so a submit
 * that does not write (a double tap's loser, a refused one) never uses one up.
 */
import { counterKeyOf, formatOrderNumber } from '../_core/numbering'
import type { Tx } from '../_platform/store/port'

/** The next number, inside `tx`: rolled back with it. The first of the day creates the counter. */
export async function nextOrderNumber(tx: Tx, prefix: string, at: Date): Promise<string> {
  const counters = tx.collection<{ _id: string; _v: number; seq: number }>('counters')
  const key = counterKeyOf(prefix, at)
  const seq = await counters.increment(key, 'seq', 1)
  if (seq !== null) return formatOrderNumber(prefix, at, seq)
  // a concurrent first-of-day insert makes this one conflict: the caller retries the transaction
  await counters.insert({ _id: key, seq: 1 })
  return formatOrderNumber(prefix, at, 1)
}
