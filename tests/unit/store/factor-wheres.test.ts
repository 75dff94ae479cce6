/**
 * How a multi-count's wheres become SQL parts: the shared conditions once, each where's rest, and
 * the rests the outer WHERE must OR (a rest that only adds conditions to another reads no more rows).
 */
import { factorWheres } from '../../../cloudfunctions/_platform/store/factor-wheres'
import type { Where } from '../../../cloudfunctions/_platform/store/port'

const P = { gte: '2026-07-01', lt: '2026-10-01' }
const Q = { gte: '2026-07-01', lt: '2026-08-01' }

test.each<[string, Record<string, Where>, Where, Record<string, Where>, Where[]]>([
  ['one where: all of it shared, nothing to OR', { a: { s: 'x', t: P } }, { s: 'x', t: P }, { a: {} }, []],
  [
    'a flag on a range: the range is shared, the flag is the rest; no OR',
    { all: { s: 'x', t: P }, ok: { s: 'x', t: P, f: true } },
    { s: 'x', t: P },
    { all: {}, ok: { f: true } },
    [],
  ],
  [
    'three ranges with flags: the street shared, the flagged rests implied by their ranges',
    { a: { s: 'x', t: P }, aok: { s: 'x', t: P, f: true }, b: { s: 'x', u: P }, bok: { s: 'x', u: P, g: true } },
    { s: 'x' },
    { a: { t: P }, aok: { t: P, f: true }, b: { u: P }, bok: { u: P, g: true } },
    [{ t: P }, { u: P }],
  ],
  [
    'the same rest twice is ORed once',
    { a: { s: 'x', t: P }, b: { s: 'x', t: P }, c: { s: 'x', u: P } },
    { s: 'x' },
    { a: { t: P }, b: { t: P }, c: { u: P } },
    [{ t: P }, { u: P }],
  ],
  [
    'conditions compare by value: another range on the same field is not shared',
    { a: { s: 'x', t: P }, b: { s: 'x', t: Q } },
    { s: 'x' },
    { a: { t: P }, b: { t: Q } },
    [{ t: P }, { t: Q }],
  ],
  [
    'a bare value and { eq } are the same condition',
    { a: { s: 'x', t: P }, b: { s: { eq: 'x' }, u: P } },
    { s: 'x' },
    { a: { t: P }, b: { u: P } },
    [{ t: P }, { u: P }],
  ],
  ['an empty where: nothing shared, no OR (every row)', { a: {}, b: { s: 'x' } }, {}, { a: {}, b: { s: 'x' } }, []],
])('%s', (_name, wheres, common, rests, alternatives) => {
  const f = factorWheres(wheres)
  expect(f.common).toEqual(common)
  expect(f.rests).toEqual(rests)
  expect(f.alternatives).toEqual(alternatives)
})
