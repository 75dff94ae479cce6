/**
 * The staff desk's pure client rules: the deadline a row shows (a department officer's own 报到
 * deadline), who may 签收 in a batch, the table's sort orders, and the patrol form's first problem.
 */

import { canAcknowledge, deadlineFor, sortRows } from '../../../src/packageStaff/pages/inbox/parts/rows'
import { patrolProblem } from '../../../src/packageStaff/pages/patrol/parts/check'
import type { OrderSummary } from '../../../types/report'

const NOW = Date.parse('2026-11-23T02:00:00Z')
const row = (o: Partial<OrderSummary>): OrderSummary =>
  ({
    id: 'o1',
    number: 'HB-20261123-0001',
    status: 'assigned',
    statusGroup: 'open',
    categoryName: '楼道灯',
    nextDeadline: '2026-11-23T06:00:00Z',
    deadlineKind: 'acknowledge',
    overdue: false,
    mine: true,
    whistle: null,
    ...o,
  }) as OrderSummary

describe('the deadline a row shows', () => {
  const whistled = row({
    whistle: { departmentId: 'd', departmentName: '城管', reportBy: '2026-11-23T01:00:00Z', reportedAt: null },
  })
  test('a department officer sees their own 报到 deadline, overdue by their own clock', () => {
    expect(deadlineFor(whistled, true, NOW)).toEqual({ at: '2026-11-23T01:00:00Z', kind: '报到', overdue: true })
  })
  test('others, and the officer once reported, see the order’s next deadline', () => {
    expect(deadlineFor(whistled, false, NOW)).toMatchObject({ at: '2026-11-23T06:00:00Z', kind: '签收' })
    const reported = row({ whistle: { ...whistled.whistle!, reportedAt: '2026-11-23T00:30:00Z' } })
    expect(deadlineFor(reported, true, NOW)?.kind).toBe('签收')
    expect(deadlineFor(row({ nextDeadline: null, deadlineKind: null }), false, NOW)).toBeNull()
  })
})

test('only the holder of an order waiting for 签收 may 签收 it', () => {
  expect(canAcknowledge(row({}))).toBe(true)
  expect(canAcknowledge(row({ mine: false }))).toBe(false)
  expect(canAcknowledge(row({ status: 'acknowledged' }))).toBe(false)
})

describe('the desk table’s sort', () => {
  const rows = [
    row({
      id: 'a',
      number: 'N1',
      categoryName: '电梯故障',
      status: 'in_progress',
      nextDeadline: '2026-11-24T00:00:00Z',
    }),
    row({ id: 'b', number: 'N2', categoryName: '楼道灯', status: 'assigned', nextDeadline: null }),
    row({ id: 'c', number: 'N3', categoryName: '门禁故障', status: 'returned', nextDeadline: '2026-11-23T03:00:00Z' }),
  ]
  const ids = (s: OrderSummary[]) => s.map((o) => o.id)
  test('by deadline, nearest first and none last; the other way reverses it', () => {
    expect(ids(sortRows(rows, { key: 'deadline', asc: true }, false))).toEqual(['c', 'a', 'b'])
    expect(ids(sortRows(rows, { key: 'deadline', asc: false }, false))).toEqual(['b', 'a', 'c'])
  })
  test('by status, the ones to act on first; by category, in pinyin order', () => {
    expect(ids(sortRows(rows, { key: 'status', asc: true }, false))).toEqual(['c', 'b', 'a'])
    expect(ids(sortRows(rows, { key: 'category', asc: true }, false))).toEqual(['a', 'b', 'c'])
  })
  test('never changes the list it is given', () => {
    sortRows(rows, { key: 'category', asc: false }, false)
    expect(ids(rows)).toEqual(['a', 'b', 'c'])
  })
})

describe('the patrol form', () => {
  const ok = {
    categoryCode: 'clutter',
    buildingId: 'bd-1',
    place: 'home' as const,
    where: '',
    description: '楼道堆物',
    handle: 'dispatch' as const,
    onSpotNote: '',
    onSpotPhotos: [] as string[],
  }
  test('a complete 派给 report has no problem', () => expect(patrolProblem(ok)).toBeNull())
  test('a road or public area needs words for where', () => {
    expect(patrolProblem({ ...ok, place: 'elsewhere', where: ' ' })).toBe('请写明具体位置（至少2个字）')
    expect(patrolProblem({ ...ok, place: 'elsewhere', buildingId: '' })).toBe('请选择在哪个小区附近')
  })
  test('当场处置 needs what was done and a photo after', () => {
    expect(patrolProblem({ ...ok, handle: 'on_spot' })).toBe('请填写处置情况（至少2个字）')
    expect(patrolProblem({ ...ok, handle: 'on_spot', onSpotNote: '已清走' })).toBe('当场处置需上传处置后照片')
    expect(patrolProblem({ ...ok, handle: 'on_spot', onSpotNote: '已清走', onSpotPhotos: ['f'] })).toBeNull()
  })
})
