/**
 * The grouped KPI counts: which grouped counts a scope asks for (one per family on the orders, one
 * per clock family on the ended clocks; the same filters the per-scope counts use, split at the
 * month starts), and how the groups add up into a scope, an org or place below it, and a month.
 */
import {
  COUNT_FAMILIES,
  type CountScope,
  clockWheres,
  countsOf,
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

test('one grouped count per family on the orders and per clock family on kpi_facts', () => {
  const qs = groupedQueries(street, '2026-07-01', '2026-09-30', ['2026-08-01', '2026-09-01'], NOW)
  expect(qs.filter((q) => q.collection === 'workorders')).toHaveLength(COUNT_FAMILIES.length)
  expect(qs.filter((q) => q.collection === 'kpi_facts')).toHaveLength(COUNT_FAMILIES.filter((f) => f.clocks).length)
  // the months split at China-time midnight of each month's first day
  for (const q of qs) expect(q.by[3].edges).toEqual(['2026-07-31T16:00:00.000Z', '2026-08-31T16:00:00.000Z'])
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

test('a family groups by community, grid, its own org field and its own time field', () => {
  const qs = groupedQueries(street, '2026-07-01', '2026-07-31', [], NOW)
  expect(qs.map((q) => [q.by[2], q.by[3].field])).toEqual(
    COUNT_FAMILIES.flatMap((f) =>
      f.clocks
        ? [
            [f.orgField, f.timeField],
            [f.orgField, f.timeField],
          ]
        : [[f.orgField, f.timeField]],
    ),
  )
})

const groups = groupsOf([
  [
    { key: ['cm-1', 'gd-1', 'pc-1', 0], counts: { orders: 3, repeats: 1 } },
    { key: ['cm-1', 'gd-2', 'pc-2', 1], counts: { orders: 2, repeats: 0 } },
    { key: ['cm-2', 'gd-3', 'pc-1', 1], counts: { orders: 5, repeats: 2 } },
  ],
  [
    { key: ['cm-1', 'gd-1', 'pc-1', 0], counts: { acknowledgeDue: 4, acknowledgedOnTime: 3 } },
    // a document without a grid or an org still counts for the street and its month
    { key: ['cm-2', null, null, 1], counts: { acknowledgeDue: 1, acknowledgedOnTime: 0 } },
  ],
])

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
