/** The transition table, row by row: who may do what from which state, and where it leads. */

import {
  allowedActions,
  decide,
  decideSteps,
  type GuardFacts,
  type Relation,
  relationsOf,
} from '../../../cloudfunctions/_core/workflow'
import type { Caller } from '../../../types/identity'

const facts = (over: Partial<GuardFacts> = {}): GuardFacts => ({
  status: 'assigned',
  handlerStaffId: 'u-holder',
  afterPhotoCount: 0,
  afterPhotoRequired: false,
  rated: false,
  whistlePending: false,
  hasWhistle: false,
  ...over,
})
const rel = (...r: Relation[]) => new Set<Relation>(r)

describe('decide', () => {
  test.each([
    // action, relations, facts, expected
    ['acknowledge', rel('holder'), facts(), { ok: true, to: 'acknowledged' }],
    ['acknowledge', rel('org_member'), facts(), { ok: false, code: 'FORBIDDEN' }],
    ['acknowledge', rel('holder'), facts({ status: 'acknowledged' }), { ok: false, code: 'CONFLICT' }],
    ['acknowledge', rel('holder'), facts({ handlerStaffId: '' }), { ok: false, code: 'CONFLICT' }],
    ['grab', rel('org_member'), facts({ handlerStaffId: '' }), { ok: true, to: 'acknowledged' }],
    ['grab', rel('org_member'), facts(), { ok: false, code: 'CONFLICT' }],
    ['grab', rel('reporter'), facts({ handlerStaffId: '' }), { ok: false, code: 'FORBIDDEN' }],
    ['progress', rel('holder'), facts({ status: 'acknowledged' }), { ok: true, to: 'in_progress' }],
    ['resolve', rel('holder'), facts({ status: 'in_progress' }), { ok: true, to: 'resolved' }],
    [
      'resolve',
      rel('holder'),
      facts({ status: 'in_progress', afterPhotoRequired: true }),
      { ok: false, code: 'INVALID_INPUT' },
    ],
    [
      'resolve',
      rel('holder'),
      facts({ status: 'in_progress', afterPhotoRequired: true, afterPhotoCount: 1 }),
      { ok: true, to: 'resolved' },
    ],
    ['resolve', rel('holder'), facts({ status: 'assigned' }), { ok: false, code: 'CONFLICT' }],
    ['transfer', rel('supervisor'), facts({ status: 'in_progress' }), { ok: true, to: 'assigned' }],
    ['transfer', rel('community'), facts({ status: 'returned' }), { ok: true, to: 'assigned' }],
    ['transfer', rel('org_member'), facts(), { ok: false, code: 'FORBIDDEN' }],
    ['return', rel('holder'), facts(), { ok: true, to: 'returned' }],
    ['return', rel('holder'), facts({ status: 'in_progress' }), { ok: false, code: 'CONFLICT' }],
    ['reject', rel('community'), facts({ status: 'returned' }), { ok: true, to: 'rejected' }],
    ['confirm', rel('reporter'), facts({ status: 'resolved' }), { ok: true, to: 'closed' }],
    ['confirm', rel('follower'), facts({ status: 'resolved' }), { ok: false, code: 'FORBIDDEN' }],
    ['rate', rel('reporter'), facts({ status: 'closed' }), { ok: true, to: 'closed' }],
    ['rate', rel('reporter'), facts({ status: 'closed', rated: true }), { ok: false, code: 'CONFLICT' }],
    ['reopen', rel('reporter'), facts({ status: 'resolved' }), { ok: true, to: 'assigned' }],
    ['reopen', rel('reporter'), facts({ status: 'closed', rated: true }), { ok: false, code: 'CONFLICT' }],
    ['reopen', rel('reporter'), facts({ status: 'in_progress' }), { ok: false, code: 'CONFLICT' }],
    ['cancel', rel('reporter'), facts(), { ok: true, to: 'cancelled' }],
    ['cancel', rel('reporter'), facts({ status: 'acknowledged' }), { ok: false, code: 'CONFLICT' }],
    ['auto_close', rel('system'), facts({ status: 'resolved' }), { ok: true, to: 'closed' }],
    ['auto_close', rel('reporter'), facts({ status: 'resolved' }), { ok: false, code: 'FORBIDDEN' }],
    ['escalate', rel('system'), facts({ status: 'in_progress' }), { ok: true, to: 'in_progress' }],
    ['escalate', rel('system'), facts({ status: 'closed' }), { ok: false, code: 'CONFLICT' }],
    ['whistle', rel('community'), facts(), { ok: true, to: 'assigned' }],
    ['whistle', rel('community'), facts({ whistlePending: true, hasWhistle: true }), { ok: false, code: 'CONFLICT' }],
    ['whistle', rel('holder'), facts(), { ok: false, code: 'FORBIDDEN' }],
    [
      'whistle_report',
      rel('department'),
      facts({ whistlePending: true, hasWhistle: true }),
      { ok: true, to: 'assigned' },
    ],
    ['whistle_report', rel('department'), facts({ hasWhistle: true }), { ok: false, code: 'CONFLICT' }],
    // 退回 after 签收 is the holder's alone; a colleague may return only a pool order (P2-18)
    ['return', rel('holder', 'org_member'), facts({ status: 'acknowledged' }), { ok: true, to: 'returned' }],
    ['return', rel('org_member'), facts({ status: 'acknowledged' }), { ok: false, code: 'FORBIDDEN' }],
    ['return', rel('org_member'), facts({ status: 'assigned' }), { ok: false, code: 'FORBIDDEN' }],
    ['return', rel('org_member'), facts({ handlerStaffId: '' }), { ok: true, to: 'returned' }],
    ['return', rel('org_member', 'supervisor'), facts({ status: 'acknowledged' }), { ok: false, code: 'FORBIDDEN' }],
    ['return', rel('supervisor'), facts({ handlerStaffId: '' }), { ok: false, code: 'FORBIDDEN' }],
    ['return', rel('community'), facts(), { ok: false, code: 'FORBIDDEN' }],
    // the system's changes are rows like any other (P1-7)
    ['dispatch', rel('system'), facts({ status: 'held' }), { ok: true, to: 'assigned' }],
    ['dispatch', rel('system'), facts({ status: 'cancelled' }), { ok: false, code: 'CONFLICT' }],
    ['dispatch', rel('holder'), facts({ status: 'held' }), { ok: false, code: 'FORBIDDEN' }],
    ['reject', rel('system'), facts({ status: 'held' }), { ok: true, to: 'rejected' }],
    ['reject', rel('system'), facts({ status: 'in_progress' }), { ok: false, code: 'CONFLICT' }],
    ['escalate', rel('system'), facts({ status: 'held' }), { ok: true, to: 'held' }],
    ['escalate', rel('street'), facts({ status: 'assigned' }), { ok: false, code: 'FORBIDDEN' }],
    ['auto_close', rel('system'), facts({ status: 'closed' }), { ok: false, code: 'CONFLICT' }],
    ['supervise', rel('system'), facts({ status: 'assigned' }), { ok: true, to: 'assigned' }],
    ['supervise', rel('reporter'), facts({ status: 'assigned' }), { ok: false, code: 'FORBIDDEN' }],
    ['supervise', rel('system'), facts({ status: 'resolved' }), { ok: false, code: 'CONFLICT' }],
    // a removed staff member's order goes back to the pool: the system's step, never a person's
    ['release', rel('system'), facts({ status: 'in_progress' }), { ok: true, to: 'assigned' }],
    ['release', rel('system'), facts({ status: 'acknowledged' }), { ok: true, to: 'assigned' }],
    ['release', rel('community', 'street', 'supervisor'), facts(), { ok: false, code: 'FORBIDDEN' }],
    ['release', rel('system'), facts({ handlerStaffId: '' }), { ok: false, code: 'CONFLICT' }],
    ['release', rel('system'), facts({ status: 'resolved' }), { ok: false, code: 'CONFLICT' }],
  ] as const)('%s by %p from %p', (action, relations, f, expected) => {
    expect(decide(action, relations, f)).toMatchObject(expected)
  })
})

describe('relationsOf', () => {
  const order = {
    reporterId: 'u-r',
    handlerKind: 'grid',
    handlerOrgId: 'gd-1',
    handlerStaffId: 'u-gw',
    communityId: 'cm-1',
    whistleDeptId: 'dp-1',
  }
  const caller = (userId: string, scopes: Caller['scopes'], kind: Caller['kind'] = 'staff'): Caller => ({
    userId,
    name: userId,
    kind,
    roles: scopes.map((s) => s.role),
    scopes,
  })
  test.each([
    ['reporter', caller('u-r', [], 'resident'), ['reporter']],
    ['holder', caller('u-gw', [{ role: 'grid_worker', orgId: 'gd-1' }]), ['holder', 'org_member']],
    ['another grid worker', caller('u-x', [{ role: 'grid_worker', orgId: 'gd-2' }]), []],
    ['grid leader of the community', caller('u-gl', [{ role: 'grid_leader', orgId: 'cm-1' }]), ['supervisor']],
    ['community admin elsewhere', caller('u-ca', [{ role: 'community_admin', orgId: 'cm-2' }]), []],
    ['street admin', caller('u-sa', [{ role: 'street_admin', orgId: 'st' }]), ['street']],
    ['whistled department', caller('u-d', [{ role: 'department_officer', orgId: 'dp-1' }]), ['department']],
    ['another department', caller('u-d2', [{ role: 'department_officer', orgId: 'dp-2' }]), []],
  ] as const)('%s', (_name, who, expected) => {
    expect([...relationsOf(who, order)].sort()).toEqual([...expected].sort())
  })
})

test('allowedActions drives the buttons: a holder of an assigned order may acknowledge, transfer or return', () => {
  expect(allowedActions(rel('holder'), facts()).sort()).toEqual(['acknowledge', 'return', 'transfer'])
  expect(allowedActions(rel('reporter'), facts({ status: 'resolved' })).sort()).toEqual(['confirm', 'rate', 'reopen'])
  expect(allowedActions(rel('follower'), facts({ status: 'resolved' }))).toEqual([])
})

describe('decideSteps: a change is written only if the table allows every step, each from the state the last left', () => {
  test.each([
    [
      'reopen then the system supervises',
      [{ action: 'reopen' }, { action: 'supervise', system: '小北督办' }],
      rel('reporter'),
      facts({ status: 'resolved' }),
      { ok: true, to: 'assigned', states: ['assigned', 'assigned'] },
    ],
    [
      'the reporter cannot supervise in their own name',
      [{ action: 'reopen' }, { action: 'supervise' }],
      rel('reporter'),
      facts({ status: 'resolved' }),
      { ok: false, code: 'FORBIDDEN' },
    ],
    [
      'a step the state does not allow',
      [{ action: 'confirm' }, { action: 'supervise', system: 'x' }],
      rel('reporter'),
      facts({ status: 'resolved' }),
      { ok: false, code: 'CONFLICT' },
    ],
    [
      'the system escalates an open order',
      [{ action: 'escalate', system: 'x' }],
      rel(),
      facts({ status: 'acknowledged' }),
      { ok: true, to: 'acknowledged' },
    ],
    [
      'the system cannot resolve',
      [{ action: 'resolve', system: 'x' }],
      rel('holder'),
      facts({ status: 'acknowledged' }),
      { ok: false, code: 'FORBIDDEN' },
    ],
    [
      'the system cannot close an open order',
      [{ action: 'auto_close', system: 'x' }],
      rel(),
      facts({ status: 'in_progress' }),
      { ok: false, code: 'CONFLICT' },
    ],
    ['no step at all', [], rel('holder'), facts(), { ok: false, code: 'INVALID_INPUT' }],
  ] as const)('%s', (_name, steps, relations, f, expected) => {
    expect(decideSteps(steps, relations, f)).toEqual(expect.objectContaining(expected))
  })
})

test('allowedActions: a colleague of the holder is offered no 退回 once someone holds the order', () => {
  expect(allowedActions(rel('org_member'), facts({ status: 'acknowledged' }))).toEqual([])
  expect(allowedActions(rel('org_member'), facts({ handlerStaffId: '' })).sort()).toEqual(['grab', 'return'])
})
