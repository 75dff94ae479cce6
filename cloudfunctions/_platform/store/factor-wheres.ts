/**
 * The shape of a multi-count's SQL (`countEach`, `countEachBy`): the conditions every asked where
 * shares, said once in the outer WHERE; what is left of each where (its FILTER); and the distinct
 * rests the outer WHERE ORs together, without a rest that implies another (a where that only adds a
 * flag to another where adds nothing to which rows are read). Pure: conditions compare by value.
 */
import { normalizeCondition } from './common'
import type { Where } from './port'

export interface FactoredWheres<K extends string> {
  /** conditions of every where */
  common: Where
  /** each where without the common conditions */
  rests: Record<K, Where>
  /** the rests the outer WHERE ORs; empty when some rest is empty (no further condition) */
  alternatives: Where[]
}

type Entry = [field: string, key: string]

function entriesOf(where: Where): Entry[] {
  return Object.entries(where)
    .filter(([, c]) => c !== undefined)
    .map(([field, c]) => [field, JSON.stringify(normalizeCondition(c))])
}

const keyOf = ([field, key]: Entry) => `${field}\u0000${key}`

/** `a` implies `b` when it has every condition of `b`. */
const implies = (a: Set<string>, b: Set<string>) => [...b].every((k) => a.has(k))

export function factorWheres<K extends string>(wheres: Record<K, Where>): FactoredWheres<K> {
  const keys = Object.keys(wheres) as K[]
  const entries = keys.map((k) => entriesOf(wheres[k]))
  const sets = entries.map((list) => new Set(list.map(keyOf)))
  const shared = new Set(entries[0]?.map(keyOf).filter((k) => sets.every((s) => s.has(k))) ?? [])
  const isShared = (field: string, c: Where[string]) =>
    shared.has(keyOf([field, JSON.stringify(normalizeCondition(c))]))
  const pick = (where: Where, keep: (field: string, c: Where[string]) => boolean): Where =>
    Object.fromEntries(Object.entries(where).filter(([field, c]) => c !== undefined && keep(field, c)))
  const common = keys.length > 0 ? pick(wheres[keys[0]], isShared) : {}
  const rests = Object.fromEntries(keys.map((k) => [k, pick(wheres[k], (f, c) => !isShared(f, c))])) as Record<K, Where>
  const restSets = keys.map((_, i) => new Set([...sets[i]].filter((e) => !shared.has(e))))
  if (restSets.some((s) => s.size === 0)) return { common, rests, alternatives: [] }
  // keep a rest unless another (a different set, or the same set seen earlier) is implied by it
  const kept = keys.filter((_, i) =>
    restSets.every((other, j) => j === i || !implies(restSets[i], other) || (implies(other, restSets[i]) && j > i)),
  )
  return { common, rests, alternatives: kept.map((k) => rests[k]) }
}
