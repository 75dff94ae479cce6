/**
 * What the INTERNAL log keeps of an error: its class, code and words; never a value that could be
 * a person's (quoted values, JSON, long numbers), and never the driver's `params` or `detail`.
 */
import { describeError, redactMessage } from '../../../cloudfunctions/_platform/kit/errors'

test.each([
  [
    'new row for relation "workorders" violates check constraint "refuse_all"',
    'new row for relation "workorders" violates check constraint "refuse_all"',
  ],
  ['invalid input syntax for type json: "王秀兰 13904730101"', 'invalid input syntax for type json: "…"'],
  ['store: "workorders.reporterId" is a string; got 13904730101', 'store: "workorders.reporterId" is a string; got #'],
  ['bad doc {"reporterName":"王秀兰","reporterPhone":"13904730101"}', 'bad doc {…}'],
  ['values ["501室", 1]', 'values […]'],
  ["unexpected token '王' at 3", "unexpected token '…' at 3"],
  ['line one\nline two', 'line one line two'],
])('%s', (message, logged) => {
  expect(redactMessage(message)).toBe(logged)
})

test('a driver error: class, SQLSTATE and frames, not its params or detail', () => {
  const error = Object.assign(new Error('duplicate key value violates unique constraint "workorders_pkey"'), {
    code: '23505',
    detail: 'Key (_id)=(wo_1) already exists. Failing row contains (王秀兰, 13904730101).',
    params: ['wo_1', '{"reporterName":"王秀兰","reporterPhone":"13904730101"}'],
  })
  const logged = describeError(error)
  expect(logged).toMatch(/^Error\[23505\]: duplicate key value violates unique constraint "workorders_pkey"\n\s+at /)
  for (const secret of ['王秀兰', '13904730101', 'Failing row', 'reporterPhone']) expect(logged).not.toContain(secret)
})

test('something thrown that is not an Error says only what it was', () => {
  expect(describeError({ phone: '13904730101' })).toBe('(a non-Error object was thrown)')
})
