/**
 * The admin lists at a desk (≥ 1024 px, `useDeskLayout`): one table for every list, its columns as
 * data. A header with a sort value sorts on click (▲ ascending, ▼ descending, ⇅ not yet); a click on a
 * row, or Enter on a focused row, opens it in the pane beside the table, and the open row is marked.
 * ↑/↓ move between rows. On a phone the pages keep their cards and do not render this.
 */
import { Text, View } from '@tarojs/components'
import { type ReactNode, useMemo, useState } from 'react'
import { nextSort, type SortState, type SortValue, sortRows } from '../../lib/desk-sort'
import './desk-table.scss'

export interface DeskColumn<T> {
  /** names the column: the cells' class `dt-col-<key>`, the header's `data-sort` when it sorts */
  key: string
  header: string
  cell: (row: T) => ReactNode
  /** what the column sorts by; a column without it does not sort */
  sortValue?: (row: T) => SortValue
  /** free text that may wrap (a reason, a list of estates); other cells keep to one line */
  wrap?: boolean
}

export interface DeskTableProps<T> {
  /** what the table lists, for screen readers: 地址库, 分派规则, … */
  label: string
  columns: DeskColumn<T>[]
  rows: readonly T[]
  rowKey: (row: T) => string
  /** the row open in the pane beside the table */
  openKey?: string | null
  onOpen: (row: T) => void
  /** the page's own row class and data attributes (the same as its phone cards carry) */
  rowClass?: (row: T) => string
  rowData?: (row: T) => Record<string, string>
  /** the order before any header is clicked; without it the rows keep the order they came in */
  initialSort?: SortState
  className?: string
}

/** Taro's H5 views pass these through to the element; its typings do not list them. */
const focusable = (onKey: (e: KeyboardEvent) => void) => ({ tabIndex: 0, onKeyDown: onKey }) as Record<string, unknown>

const dataAttrs = (data: Record<string, string> | undefined) =>
  Object.fromEntries(Object.entries(data ?? {}).map(([k, v]) => [`data-${k}`, v]))

function moveFocus(from: EventTarget | null, step: 1 | -1) {
  const row = from as HTMLElement | null
  const next = step > 0 ? row?.nextElementSibling : row?.previousElementSibling
  if (next instanceof HTMLElement) next.focus()
}

export function DeskTable<T>(props: DeskTableProps<T>) {
  const { columns, rowKey } = props
  const [sort, setSort] = useState<SortState | null>(props.initialSort ?? null)
  const sorted = useMemo(() => {
    const by = columns.find((c) => c.key === sort?.key)?.sortValue
    return by && sort ? sortRows(props.rows, by, sort.asc) : props.rows
  }, [props.rows, columns, sort])
  const onSort = (key: string) => setSort((now) => nextSort(now, key))

  return (
    <View className={`dt-scroll ${props.className ?? ''}`}>
      <View className="dt" role="table" aria-label={props.label}>
        <View className="dt-head" role="rowgroup">
          <View className="dt-tr" role="row">
            {columns.map((c) => {
              const on = sort?.key === c.key
              return c.sortValue ? (
                <View
                  key={c.key}
                  className={`dt-th dt-col-${c.key} is-sortable ${on ? 'is-sorted' : ''}`}
                  role="columnheader"
                  aria-sort={on ? (sort.asc ? 'ascending' : 'descending') : 'none'}
                  data-sort={c.key}
                  onClick={() => onSort(c.key)}
                  {...focusable((e) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault()
                      onSort(c.key)
                    }
                  })}
                >
                  {c.header}
                  <Text className="dt-arrow">{on ? (sort.asc ? '▲' : '▼') : '⇅'}</Text>
                </View>
              ) : (
                <View key={c.key} className={`dt-th dt-col-${c.key}`} role="columnheader">
                  {c.header}
                </View>
              )
            })}
          </View>
        </View>
        <View className="dt-body" role="rowgroup">
          {sorted.map((row) => {
            const key = rowKey(row)
            const open = props.openKey === key
            return (
              <View
                key={key}
                className={`dt-tr dt-row ${open ? 'is-open' : ''} ${props.rowClass?.(row) ?? ''}`}
                role="row"
                aria-selected={open}
                {...dataAttrs(props.rowData?.(row))}
                onClick={() => props.onOpen(row)}
                {...focusable((e) => {
                  if (e.target !== e.currentTarget) return
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault()
                    props.onOpen(row)
                  } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                    e.preventDefault()
                    moveFocus(e.currentTarget, e.key === 'ArrowDown' ? 1 : -1)
                  }
                })}
              >
                {columns.map((c) => (
                  <View key={c.key} className={`dt-td dt-col-${c.key} ${c.wrap ? 'is-wrap' : ''}`} role="cell">
                    {c.cell(row)}
                  </View>
                ))}
              </View>
            )
          })}
        </View>
      </View>
    </View>
  )
}
