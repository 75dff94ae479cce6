/** 同问 in the transition table: only a neighbour (bound to the order's building, not its reporter) may follow an open order. */
import { decide, type GuardFacts, type Relation, relationsOf } from '../../../cloudfunctions/_core/workflow'
import type { Caller } from '../../../types/identity'

const facts = (status: string): GuardFacts => ({
  status,
  handlerStaffId: 'u-holder',
  afterPhotoCount: 0,
  afterPhotoRequired: false,
  rated: false,
  whistlePending: false,
  hasWhistle: false,
})
const rel = (...r: Relation[]) => new Set<Relation>(r)

test.each([
  [rel('neighbour'), 'assigned', { ok: true, to: 'assigned' }],
  [rel('neighbour'), 'in_progress', { ok: true, to: 'in_progress' }],
  [rel('neighbour'), 'returned', { ok: true, to: 'returned' }],
  [rel('neighbour'), 'held', { ok: false, code: 'CONFLICT' }],
  [rel('neighbour'), 'resolved', { ok: false, code: 'CONFLICT' }],
  [rel('neighbour'), 'closed', { ok: false, code: 'CONFLICT' }],
  [rel(), 'assigned', { ok: false, code: 'FORBIDDEN' }],
  [rel('reporter'), 'assigned', { ok: false, code: 'FORBIDDEN' }],
  [rel('follower'), 'assigned', { ok: false, code: 'FORBIDDEN' }],
  [rel('holder', 'org_member', 'community', 'street'), 'assigned', { ok: false, code: 'FORBIDDEN' }],
  [rel('system'), 'assigned', { ok: false, code: 'FORBIDDEN' }],
] as const)('follow by %j from %s', (relations, status, expected) => {
  expect(decide('follow', relations, facts(status))).toMatchObject(expected)
})

const order = {
  reporterId: 'u-a',
  handlerKind: 'property',
  handlerOrgId: 'pc-1',
  handlerStaffId: 'u-s',
  communityId: 'cm-1',
}
const resident = (userId: string): Caller => ({
  userId,
  name: '居民',
  kind: 'resident',
  roles: ['resident'],
  scopes: [],
})

test.each([
  ['a neighbour', resident('u-b'), { neighbour: true }, true],
  ['not bound to the building', resident('u-b'), { neighbour: false }, false],
  ['no address known', resident('u-b'), {}, false],
  ['the reporter, even in the building', resident('u-a'), { neighbour: true }, false],
] as const)('%s is a neighbour: %s', (_name, caller, options, expected) => {
  expect(relationsOf(caller, order, options).has('neighbour')).toBe(expected)
})
