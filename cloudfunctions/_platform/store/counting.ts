/**
 * A store that counts its operations. On CloudBase every store call is a network round trip, so
 * the number of calls an action makes is its speed there: tests and the bench wrap the real store
 * with this and hold each action to a budget.
 *
 * Counted: every get, find, count, countEach, countEachBy, insert, patch, increment and remove, in or out of a transaction,
 * and each transaction itself (its begin/commit is a round trip on CloudBase too).
 */
import type { Collection, Store, StoredDoc, Tx, TxCollection } from './port'

export interface StoreOp {
  /** e.g. 'get', 'find', 'tx.insert', 'transaction' */
  op: string
  collection: string
}

export interface CountingStore extends Store {
  /** the operations since the last reset, in order */
  readonly ops: readonly StoreOp[]
  reset(): void
}

const COLLECTION_OPS = [
  'get',
  'find',
  'count',
  'countEach',
  'countEachBy',
  'insert',
  'patch',
  'increment',
  'remove',
] as const
const TX_OPS = ['get', 'insert', 'patch', 'increment', 'remove'] as const

export function countingStore(inner: Store): CountingStore {
  let ops: StoreOp[] = []
  const record = (op: string, collection: string) => ops.push({ op, collection })

  function wrap<C extends object>(target: C, names: readonly string[], prefix: string, collection: string): C {
    const out = {} as Record<string, unknown>
    for (const name of names) {
      const fn = (target as Record<string, unknown>)[name]
      if (typeof fn !== 'function') continue
      out[name] = (...args: unknown[]) => {
        record(`${prefix}${name}`, collection)
        return (fn as (...a: unknown[]) => unknown).apply(target, args)
      }
    }
    return out as C
  }

  return {
    get kind() {
      return inner.kind
    },
    get ops() {
      return ops
    },
    reset() {
      ops = []
    },
    collection<T extends StoredDoc = StoredDoc>(name: string): Collection<T> {
      return wrap(inner.collection<T>(name), COLLECTION_OPS, '', name)
    },
    transaction<R>(fn: (tx: Tx) => Promise<R>): Promise<R> {
      record('transaction', '')
      return inner.transaction((tx) =>
        fn({
          collection: <T extends StoredDoc = StoredDoc>(name: string): TxCollection<T> =>
            wrap(tx.collection<T>(name), TX_OPS, 'tx.', name),
        }),
      )
    },
    migrate: () => inner.migrate(),
    close: () => inner.close(),
  }
}
