/**
 * The grouped KPI counts: which grouped counts a scope asks for (one per batch of families on the
 * orders, one per batch with clock families on the ended clocks; the same filters the per-scope
 * counts use, split at the month starts), how each family reads its groups off a batch's answer,
 * and how the groups add up into a scope, an org or place below it, and a month.
 */
import {
  COUNT_FAMILIES,
  type CountScope,
  clockWheres,
  countsOf,
  type GroupedQuery,
  groupedQueries,
  groupsOf,
  inMonth,
  inScope,
  orderWheres,
  periodRange,
} from '../../../cloudfunctions/_core/kpis'

const street: CountScope = { kind: 'street', id: 'st-1', streetId: 'st-1' }
const company: CountScope = { kind: 'company', id: 'pc-1', streetId: 'st-1' }
const NOW = '2026-08-15T02:00:00.000Z'

const batches = [...new Set(COUNT_FAMILIES.map((f) => f.batch))]

test('one grouped count per batch of families on the orders and per batch with clocks on kpi_facts', () => {
  const qs = groupedQueries(street, '2026-07-01', '2026-09-30', ['2026-08-01', '2026-09-01'], NOW)
  expect(qs.filter((q) => q.collection === 'workorders')).toHaveLength(batches.length)
  const withClocks = batches.filter((b) => COUNT_FAMILIES.some((f) => f.batch === b && f.clocks))
  expect(qs.filter((q) => q.collection === 'kpi_facts')).toHaveLength(withClocks.length)
  // the months split at China-time midnight of each month's first day
  for (const q of qs) {
    for (const f of q.families) {
      expect(q.by[f.month]).toMatchObject({ edges: ['2026-07-31T16:00:00.000Z', '2026-08-31T16:00:00.000Z'] })
    }
  }
})

test.each([
  ['street', street],
  ['company', company],
])('the %s filters are exactly the per-scope filters, family by family', (_name, scope) => {
  const qs = groupedQueries(scope, '2026-07-01', '2026-09-30', [], NOW)
  const period = periodRange('2026-07-01', '2026-09-30')
  const onOrders = Object.assign({}, ...qs.filter((q) => q.collection === 'workorders').map((q) => q.wheres))
  const onClocks = Object.assign({}, ...qs.filter((q) => q.collection === 'kpi_facts').map((q) => q.wheres))
  expect(onOrders).toEqual(orderWheres(scope, period, NOW))
  const clocks = clockWheres(scope, period, NOW)
  expect(onClocks).toEqual(Object.fromEntries(Object.entries(clocks).filter(([, w]) => w !== null)))
})

test('each family reads its counts off community, grid, its own org field and its own time field', () => {
  const qs = groupedQueries(street, '2026-07-01', '2026-07-31', [], NOW)
  const read = qs.flatMap((q) =>
    q.families.map((f) => [
      q.collection,
      q.by[0],
      q.by[1],
      q.by[f.org],
      (q.by[f.month] as { field: string }).field,
      f.keys,
    ]),
  )
  expect(read).toEqual(
    expect.arrayContaining(
      COUNT_FAMILIES.flatMap((f) =>
        (f.clocks ? ['workorders', 'kpi_facts'] : ['workorders']).map((c) => [
          c,
          'communityId',
          'gridId',
          f.orgField,
          f.timeField,
          Object.keys(f.keys),
        ]),
      ),
    ),
  )
  expect(read).toHaveLength(COUNT_FAMILIES.length + COUNT_FAMILIES.filter((f) => f.clocks).length)
})

// two batches: filed (one family) and one of two families with their own org fields and months
const filed: GroupedQuery = {
  collection: 'workorders',
  by: ['communityId', 'gridId', 'kCreatedOrg', { field: 'createdAt', edges: [] }],
  wheres: {},
  families: [{ org: 2, month: 3, keys: ['orders', 'repeats'] }],
}
const clock: GroupedQuery = {
  collection: 'workorders',
  by: ['communityId', 'gridId', 'kOrg', { field: 'kAckAt', edges: [] }, { field: 'kDispatchAt', edges: [] }],
  wheres: {},
  families: [
    { org: 2, month: 3, keys: ['acknowledgeDue', 'acknowledgedOnTime'] },
    { org: 2, month: 4, keys: ['dispatched', 'returned'] },
  ],
}
const groups = groupsOf(
  [filed, clock],
  [
    [
      { key: ['cm-1', 'gd-1', 'pc-1', 0], counts: { orders: 3, repeats: 1 } },
      { key: ['cm-1', 'gd-2', 'pc-2', 1], counts: { orders: 2, repeats: 0 } },
      { key: ['cm-2', 'gd-3', 'pc-1', 1], counts: { orders: 5, repeats: 2 } },
    ],
    [
      // acknowledged in month 0, dispatched in the month before the period (counted for neither)
      { key: ['cm-1', 'gd-1', 'pc-1', 0, 0], counts: { acknowledgeDue: 4, acknowledgedOnTime: 3, dispatched: 0 } },
      // a document without a grid or an org still counts for the street and its month
      {
        key: ['cm-2', null, null, 1, 1],
        counts: { acknowledgeDue: 1, acknowledgedOnTime: 0, dispatched: 2, returned: 1 },
      },
    ],
  ],
)

test('a family takes from a group only its own counts, at its own month', () => {
  expect(groups.filter((g) => g.counts.dispatched !== undefined)).toEqual([
    { communityId: 'cm-2', gridId: null, orgId: null, month: 1, counts: { dispatched: 2, returned: 1 } },
  ])
  expect(groups.filter((g) => g.counts.acknowledgeDue !== undefined)).toHaveLength(2)
})

test.each([
  [
    'the street',
    inScope({ kind: 'street', id: 'st-1' }),
    { orders: 10, repeats: 3, acknowledgeDue: 5, acknowledgedOnTime: 3 },
  ],
  [
    'a community',
    inScope({ kind: 'community', id: 'cm-1' }),
    { orders: 5, repeats: 1, acknowledgeDue: 4, acknowledgedOnTime: 3 },
  ],
  [
    'a grid',
    inScope({ kind: 'grid', id: 'gd-3' }),
    { orders: 5, repeats: 2, acknowledgeDue: 0, acknowledgedOnTime: 0 },
  ],
  [
    'a company',
    inScope({ kind: 'company', id: 'pc-1' }),
    { orders: 8, repeats: 3, acknowledgeDue: 4, acknowledgedOnTime: 3 },
  ],
  [
    'a department with nothing',
    inScope({ kind: 'department', id: 'dp-1' }),
    { orders: 0, repeats: 0, acknowledgeDue: 0, acknowledgedOnTime: 0 },
  ],
  ['the first month', inMonth(0), { orders: 3, repeats: 1, acknowledgeDue: 4, acknowledgedOnTime: 3 }],
  ['the second month', inMonth(1), { orders: 7, repeats: 2, acknowledgeDue: 1, acknowledgedOnTime: 0 }],
])('%s adds up its groups', (_name, pass, expected) => {
  const c = countsOf(groups, pass)
  expect({
    orders: c.orders,
    repeats: c.repeats,
    acknowledgeDue: c.acknowledgeDue,
    acknowledgedOnTime: c.acknowledgedOnTime,
  }).toEqual(expected)
  // figures no group carries stay 0
  expect(c.closed).toBe(0)
})
