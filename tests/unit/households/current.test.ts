/** Which house is current, case by case: never a rejected or moved-out one, verified before pending. */
import { chooseCurrent, type HouseholdFacts } from '../../../cloudfunctions/_core/households'

const h = (id: string, status: HouseholdFacts['status'], createdAt: string, verifiedAt?: string): HouseholdFacts => ({
  id,
  status,
  createdAt,
  verifiedAt: verifiedAt ?? null,
})
const P1 = h('p1', 'pending', '2026-12-01T01:00:00Z')
const P2 = h('p2', 'pending', '2026-12-01T02:00:00Z')
const V1 = h('v1', 'verified', '2026-12-01T03:00:00Z', '2026-12-02T00:00:00Z')
const V2 = h('v2', 'verified', '2026-12-01T00:00:00Z', '2026-12-03T00:00:00Z')
const R = h('r', 'rejected', '2026-11-01T00:00:00Z')
const M = h('m', 'moved_out', '2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z')

describe('chooseCurrent', () => {
  test.each([
    // current, houses, preferred, expected
    ['none and nothing bound', null, [], undefined, null],
    ['only rejected and moved out', 'r', [R, M], undefined, null],
    ['a first pending binding becomes current', null, [P1], undefined, 'p1'],
    ['earliest pending when none is verified', null, [P2, P1], undefined, 'p1'],
    ['current pending stays when none is verified', 'p2', [P1, P2], undefined, 'p2'],
    ['a verified house replaces a pending current one', 'p1', [P1, V1], undefined, 'v1'],
    ['current verified stays', 'v2', [V1, V2], undefined, 'v2'],
    ['earliest verified when the current one left', 'm', [M, V2, V1], undefined, 'v1'],
    ['the chosen house wins', 'v1', [V1, V2], 'v2', 'v2'],
    ['a chosen pending house wins too', 'v1', [V1, P1], 'p1', 'p1'],
    ['a chosen rejected house never wins', 'v1', [V1, R], 'r', 'v1'],
    ['a rejected current house is dropped', 'r', [R, P1], undefined, 'p1'],
  ])('%s', (_name, current, houses, prefer, expected) => {
    expect(chooseCurrent(current, houses as HouseholdFacts[], prefer)?.id ?? null).toBe(expected)
  })
})
