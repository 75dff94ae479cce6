/**
 * The desk tables' sort (src/lib/desk-sort.ts, the admin lists' and the staff inbox's): Chinese in
 * pinyin order, numbers as numbers, empty values last both ways, ties in the order they came, and a
 * header click's next state.
 */
import { nextSort, sortRows } from '../../../src/lib/desk-sort'

const rows = [
  { name: '华庭苑', n: 10, at: 0 },
  { name: '博泰佳苑', n: 2, at: 1 },
  { name: '', n: 2, at: 2 },
  { name: '康乐小区', n: 100, at: 3 },
]

test('Chinese by pinyin, empty last in both directions', () => {
  expect(sortRows(rows, (r) => r.name, true).map((r) => r.name)).toEqual(['博泰佳苑', '华庭苑', '康乐小区', ''])
  expect(sortRows(rows, (r) => r.name, false).map((r) => r.name)).toEqual(['康乐小区', '华庭苑', '博泰佳苑', ''])
})

test('numbers as numbers, ties keep their order', () => {
  expect(sortRows(rows, (r) => r.n, true).map((r) => r.at)).toEqual([1, 2, 0, 3])
  expect(sortRows(rows, (r) => r.n, false).map((r) => r.at)).toEqual([3, 0, 1, 2])
})

test('booleans, null and undefined', () => {
  const flags = [{ v: true }, { v: null }, { v: false }, { v: undefined }]
  expect(sortRows(flags, (r) => r.v, true).map((r) => r.v)).toEqual([false, true, null, undefined])
})

test('a header click: that column ascending, the sorted one flips', () => {
  expect(nextSort(null, 'name')).toEqual({ key: 'name', asc: true })
  expect(nextSort({ key: 'name', asc: true }, 'name')).toEqual({ key: 'name', asc: false })
  expect(nextSort({ key: 'name', asc: false }, 'n')).toEqual({ key: 'n', asc: true })
})
