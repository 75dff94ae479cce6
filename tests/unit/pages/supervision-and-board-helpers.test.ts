/** The pure helpers behind the 督办考核 and 红黑榜 pages: periods, quarters, scopes and the plain-word board. */

import { endedQuarters, quarterLabel, quarterOf, shiftQuarter } from '../../../src/lib/quarters'
import { monthLabel, percent, periodOf } from '../../../src/packageAdmin/pages/supervision/parts/period'
import { homeScope } from '../../../src/packageAdmin/pages/supervision/parts/scope'
import { explain, verdict } from '../../../src/pages/board/parts/explain'
import type { BoardItem } from '../../../types/board'

// 2026-12-02 08:00 in China (still 1 December in UTC)
const NOW = new Date('2026-12-02T00:00:00Z')

test.each([
  ['last3', '2026-10-01', '2026-12-02'],
  ['quarter', '2026-10-01', '2026-12-02'],
  ['lastQuarter', '2026-07-01', '2026-09-30'],
  ['year', '2026-01-01', '2026-12-02'],
] as const)('period %s is %s – %s (China days)', (key, from, to) => {
  expect(periodOf(key, NOW)).toEqual({ from, to })
})

test('periods across a year end', () => {
  const feb = new Date('2027-02-15T04:00:00Z')
  expect(periodOf('last3', feb)).toEqual({ from: '2026-12-01', to: '2027-02-15' })
  expect(periodOf('lastQuarter', feb)).toEqual({ from: '2026-10-01', to: '2026-12-31' })
})

test.each([
  [null, '—'],
  [0, '0.0%'],
  [1, '100.0%'],
  [0.6667, '66.7%'],
])('percent(%p) is %s: an empty denominator is —, never 0%%', (rate, text) => {
  expect(percent(rate)).toBe(text)
})

test('month labels and quarters', () => {
  expect(monthLabel('2026-10-01')).toBe('10月')
  expect(quarterOf(new Date('2026-09-30T17:00:00Z'))).toBe('2026-Q4') // 1 October 01:00 in China
  expect(shiftQuarter('2026-Q1', -1)).toBe('2025-Q4')
  expect(shiftQuarter('2026-Q4', 1)).toBe('2027-Q1')
  expect(endedQuarters(NOW, 3)).toEqual(['2026-Q3', '2026-Q2', '2026-Q1'])
  expect(quarterLabel('2026-Q3')).toBe('2026年第三季度')
})

test.each([
  [[{ role: 'street_admin', orgId: 'st-1' }], { kind: 'street', id: 'st-1' }],
  [
    [
      { role: 'grid_worker', orgId: 'gd-1' },
      { role: 'community_admin', orgId: 'cm-1' },
    ],
    { kind: 'community', id: 'cm-1' },
  ],
  [[{ role: 'property_manager', orgId: 'pc-1' }], { kind: 'company', id: 'pc-1' }],
  [[{ role: 'property_staff', orgId: 'pc-1' }], null],
  [[], null],
] as const)('a dashboard starts at the widest scope: %j → %j', (scopes, scope) => {
  expect(homeScope(scopes as never)).toEqual(scope)
})

const item = (over: Partial<BoardItem> = {}): BoardItem => ({
  companyId: 'pc-1',
  companyName: '一号物业',
  score: 86.24,
  grade: 'AAA',
  list: 'red',
  rank: 1,
  veto: null,
  referral: false,
  breakdown: {
    residents: 34.5,
    efficiency: 25,
    checklist: 18,
    intensity: 8.7,
    satisfaction: 0.9,
    onTimeAcknowledge: 0.95,
    onTimeResolve: 0.8,
    reopenRate: 0.05,
    ordersPerThousand: 120.4,
    checklistScore: 90,
    wilson: 0.8,
  },
  sample: { ratings: 64, surveyHouseholds: 41, orders: 80, households: 660, discarded: 0 },
  ...over,
})

test('each part of the score in plain words, with the sample behind it', () => {
  const lines = explain(item())
  expect(lines.map((l) => [l.title, l.points])).toEqual([
    ['居民评价', '34.5分'],
    ['处理报事', '25分'],
    ['社区考评', '18分'],
    ['投诉多少', '8.7分'],
  ])
  expect(lines[0].text).toBe('约90%的居民表示满意（报事评价64条，季度问卷41户）')
  expect(lines[1].text).toBe('80件报事：按时接单95%，按时办完80%，返工5%')
  expect(lines[3].text).toContain('服务约660户')
})

test('missing figures are said, not shown as 0', () => {
  const b = item().breakdown
  const lines = explain(
    item({
      breakdown: { ...b, satisfaction: null, checklistScore: null, onTimeAcknowledge: null, onTimeResolve: null },
    }),
  )
  expect(lines[0].text).toMatch(/^还没有居民评价/)
  expect(lines[1].text).toContain('暂无可计算的处理时效')
  expect(lines[2].text).toBe('社区本季度未打分')
})

test.each([
  [{}, '评为AAA级，得分86.2分，列入红榜'],
  [{ list: 'black', grade: 'C', score: 55 }, '评为C级，得分55分，列入黑榜，须限期整改'],
  [{ list: 'black', veto: '违规收费' }, '一票否决：违规收费，无论得分多少都列入黑榜'],
  [{ list: 'insufficient', rank: null }, '评价人数太少（报事评价64条、问卷41户），为公平起见暂不排名'],
] as const)('verdict %j', (over, text) => {
  expect(verdict(item(over as Partial<BoardItem>))).toBe(text)
})
