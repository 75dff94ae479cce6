/**
 * The order-level KPI facts and the rates: empty denominators are null (never 0 or 100%), 重复诉求
 * within 30 days after a closure, 问题工单 at 3 reopens or 3 transfers, what a rating says, closures
 * and ratings charged to the holder at the time, and the periods and months counted.
 */
import {
  emptyCounts,
  initialKpiState,
  isRepeat,
  type KpiEvent,
  kpiFold,
  monthsOf,
  orderFacts,
  periodRange,
  type RatingLike,
  ratesOf,
  ratingVerdict,
  withClosure,
} from '../../../cloudfunctions/_core/kpis'
import { KPI_KEYS, type KpiCounts } from '../../../types/supervision'

const DAY = 86_400_000
const at = (h: number) => new Date(Date.parse('2026-11-02T02:00:00Z') + h * 3_600_000).toISOString()
const start = initialKpiState({ createdAt: at(0), handlerOrgId: 'A', handlerKind: 'property', repeat: false })
const hold = (org: string, h: number) => ({
  holderOrgId: org,
  holderKind: 'property' as const,
  acknowledgeBy: at(h + 2),
  resolveBy: at(h + 24),
})
const e = (action: KpiEvent['action'], h: number, extra: Partial<KpiEvent> = {}): KpiEvent => ({
  action,
  at: at(h),
  ...extra,
})
const dispatched = [e('dispatch', 0, hold('A', 0))]
const resolved = (h: number) => [e('acknowledge', h), e('resolve', h + 1)]
const factsOf = (events: KpiEvent[]) => orderFacts(kpiFold(start, events))

describe('rates', () => {
  test('every denominator empty: every KPI is null', () => {
    expect(ratesOf(emptyCounts())).toEqual(Object.fromEntries(KPI_KEYS.map((k) => [k, null])))
  })
  test.each<[string, Partial<KpiCounts>, Partial<Record<(typeof KPI_KEYS)[number], number | null>>]>([
    ['none on time is 0, not null', { acknowledgeDue: 4 }, { onTimeAcknowledgeRate: 0, onTimeResolveRate: null }],
    ['all on time is 1', { resolveDue: 3, resolvedOnTime: 3 }, { onTimeResolveRate: 1, onTimeAcknowledgeRate: null }],
    ['回访率 and 重办率 share closed', { closed: 4, rated: 3, reopened: 1 }, { followUpRate: 0.75, reopenRate: 0.25 }],
    ['满意率 over ratings', { ratings: 5, satisfied: 4 }, { satisfactionRate: 0.8, resolutionRate: null }],
    [
      '解决率 over ratings that answered',
      { ratings: 5, resolvedAnswered: 4, resolvedYes: 1 },
      { resolutionRate: 0.25 },
    ],
    ['重复诉求率 over orders', { orders: 10, repeats: 1 }, { repeatRate: 0.1 }],
    ['退回率 over dispatched', { dispatched: 8, returned: 2 }, { returnRate: 0.25 }],
    ['no dispatch: 退回率 null even with no returns', { orders: 3 }, { returnRate: null, repeatRate: 0 }],
  ])('%s', (_name, counts, expected) => {
    expect(ratesOf({ ...emptyCounts(), ...counts })).toMatchObject(expected)
  })
})

describe('重复诉求: the same reporter, place and category within 30 days after a closure', () => {
  const closedAt = '2026-10-01T02:00:00.000Z'
  const closures = { 'bd-1|stairwell_light': closedAt }
  const sinceClosure = (ms: number) => new Date(Date.parse(closedAt) + ms).toISOString()
  test.each([
    ['a minute after the closure', 'bd-1|stairwell_light', sinceClosure(60_000), true],
    ['exactly 30 days after', 'bd-1|stairwell_light', sinceClosure(30 * DAY), true],
    ['30 days and a second after', 'bd-1|stairwell_light', sinceClosure(30 * DAY + 1000), false],
    ['at the very instant of the closure', 'bd-1|stairwell_light', closedAt, false],
    ['before the closure (still open then)', 'bd-1|stairwell_light', sinceClosure(-DAY), false],
    ['another category at the same place', 'bd-1|noise', sinceClosure(DAY), false],
    ['the same category at another building', 'bd-2|stairwell_light', sinceClosure(DAY), false],
  ])('%s → %s', (_name, key, createdAt, repeat) => {
    expect(isRepeat(closures, key, createdAt as string)).toBe(repeat)
  })
  test('no closures yet: never a repeat; a newer closure of the same key replaces the older', () => {
    expect(isRepeat(undefined, 'bd-1|noise', closedAt)).toBe(false)
    const next = withClosure(closures, 'bd-1|stairwell_light', sinceClosure(5 * DAY))
    expect(next).toEqual({ 'bd-1|stairwell_light': sinceClosure(5 * DAY) })
  })
  test('closures older than the window are dropped when another is recorded', () => {
    const next = withClosure(closures, 'bd-9|noise', sinceClosure(31 * DAY))
    expect(Object.keys(next)).toEqual(['bd-9|noise'])
  })
  test('the order carries the verdict from its filing', () => {
    const repeat = initialKpiState({ createdAt: at(0), handlerOrgId: 'A', handlerKind: 'property', repeat: true })
    expect(orderFacts(repeat)).toMatchObject({ kRepeat: true, kCreatedOrg: 'A' })
  })
})

describe('问题工单', () => {
  const cycle = (h: number): KpiEvent[] => [...resolved(h), e('confirm', h + 3), e('reopen', h + 4, hold('A', h + 4))]
  const transfers = (n: number) =>
    Array.from({ length: n }, (_, i) => e('transfer', i + 1, hold(i % 2 ? 'A' : 'B', i + 1)))
  test.each([
    ['never reopened or transferred', [], false, 0],
    ['reopened twice', [...cycle(1), ...cycle(10)], false, 0],
    ['reopened 3 times', [...cycle(1), ...cycle(10), ...cycle(20)], true, 0],
    ['transferred twice', transfers(2), false, 2],
    ['transferred 3 times', transfers(3), true, 3],
  ])('%s → %s', (_name, events, problem, count) => {
    const f = factsOf([...dispatched, ...(events as KpiEvent[])])
    expect([f.kProblem, f.kTransfers]).toEqual([problem, count])
  })
})

describe('closures and ratings', () => {
  test('closed by confirm, rate or auto-close; charged to the holder then; a reopen undoes the closure', () => {
    const closed = factsOf([...dispatched, ...resolved(1), e('auto_close', 200)])
    expect(closed).toMatchObject({ kCloseAt: at(200), kCloseOrg: 'A', kRated: false, kReopened: false })
    const reopened = factsOf([...dispatched, ...resolved(1), e('confirm', 5), e('reopen', 6, hold('A', 6))])
    expect(reopened).toMatchObject({ kCloseAt: null, kReopened: true })
    const again = factsOf([
      ...dispatched,
      ...resolved(1),
      e('confirm', 5),
      e('reopen', 6, hold('A', 6)),
      e('transfer', 7, hold('B', 7)),
      ...resolved(8),
      e('confirm', 12),
    ])
    expect(again).toMatchObject({ kCloseAt: at(12), kCloseOrg: 'B', kReopened: true })
  })
  test('cancelled or rejected orders never count as closed', () => {
    expect(factsOf([...dispatched, e('cancel', 1)]).kCloseAt).toBeNull()
    expect(factsOf([...dispatched, e('reject', 1)]).kCloseAt).toBeNull()
  })
  test('the final rating counts (a revision replaces it), charged to the holder when rated', () => {
    const first = { stars: 2, satisfaction: '不满意', resolved: 'no' } as const
    const revised = { stars: 4, satisfaction: '基本满意', resolved: 'yes' } as const
    const f = factsOf([
      ...dispatched,
      ...resolved(1),
      e('rate', 4, { rating: first }),
      e('reopen', 5, hold('A', 5)),
      e('transfer', 6, hold('B', 6)),
      ...resolved(7),
      e('rate', 10, { rating: revised }),
    ])
    expect(f).toMatchObject({
      kRateAt: at(10),
      kRateOrg: 'B',
      kSatisfied: true,
      kResolvedKnown: true,
      kResolvedYes: true,
      kRated: true,
      kCloseAt: at(10),
    })
  })
  test.each<[string, RatingLike, boolean, boolean | null]>([
    ['满意, resolved', { stars: 5, satisfaction: '满意', resolved: 'yes' }, true, true],
    ['基本满意 counts as satisfied', { stars: 3, satisfaction: '基本满意', resolved: 'no' }, true, false],
    ['不满意 with 5 stars: the words win', { stars: 5, satisfaction: '不满意', resolved: 'yes' }, false, true],
    ['stars only, 4: satisfied, solving unknown', { stars: 4 }, true, null],
    ['stars only, 3: 基本满意', { stars: 3 }, true, null],
    ['stars only, 2: not satisfied', { stars: 2 }, false, null],
  ])('a rating %s', (_name, rating, satisfied, solved) => {
    expect(ratingVerdict(rating)).toEqual({ satisfied, resolved: solved })
  })
})

describe('periods', () => {
  test('a period is China days, from 00:00 of the first to 00:00 after the last', () => {
    expect(periodRange('2026-07-01', '2026-09-30')).toEqual({
      gte: '2026-06-30T16:00:00.000Z',
      lt: '2026-09-30T16:00:00.000Z',
    })
  })
  test('the months a period touches, each clipped to it', () => {
    expect(monthsOf('2026-11-15', '2027-01-10')).toEqual([
      { month: '2026-11-01', from: '2026-11-15', to: '2026-11-30' },
      { month: '2026-12-01', from: '2026-12-01', to: '2026-12-31' },
      { month: '2027-01-01', from: '2027-01-01', to: '2027-01-10' },
    ])
    expect(monthsOf('2028-02-03', '2028-02-29')).toEqual([
      { month: '2028-02-01', from: '2028-02-03', to: '2028-02-29' },
    ])
  })
})
