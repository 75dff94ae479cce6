/**
 * How the desk tables sort (the admin lists and the staff inbox): by one column's value, ascending or descending, Chinese text in
 * pinyin order (zh-CN collation), numbers as numbers, empty values last either way, and rows that tie
 * in the order they came (the server's or the page's own order).
 */

export type SortValue = string | number | boolean | null | undefined

export interface SortState<K extends string = string> {
  /** the column's key */
  key: K
  asc: boolean
}

const isEmpty = (v: SortValue) => v === null || v === undefined || v === ''

function compare(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b)
  return String(a).localeCompare(String(b), 'zh-CN')
}

export function sortRows<T>(rows: readonly T[], value: (row: T) => SortValue, asc: boolean): T[] {
  const dir = asc ? 1 : -1
  return rows
    .map((row, i) => ({ row, i, v: value(row) }))
    .sort((x, y) => {
      const ex = isEmpty(x.v)
      const ey = isEmpty(y.v)
      if (ex || ey) return ex === ey ? x.i - y.i : ex ? 1 : -1
      return compare(x.v, y.v) * dir || x.i - y.i
    })
    .map((x) => x.row)
}

/** A click on a column's header: that column ascending, or the other way when it is the sorted one. */
export const nextSort = <K extends string>(now: SortState<K> | null, key: K): SortState<K> => ({
  key,
  asc: now?.key === key ? !now.asc : true,
})
