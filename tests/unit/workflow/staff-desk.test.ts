/** The staff desk's core: 当场处置 rows, the patroller relation, grouped targets, handled categories, 待办. */
import {
  decide,
  decideOnSpot,
  type GuardFacts,
  groupTargets,
  handledCategoryCodes,
  onSpotChange,
  type Relation,
  relationsOf,
  type TargetOrg,
} from '../../../cloudfunctions/_core/workflow'
import { filterWhere, scopeWhere } from '../../../cloudfunctions/_services/inbox'
import type { Caller } from '../../../types/identity'

const rel = (...r: Relation[]) => new Set<Relation>(r)
const held = (over: Partial<GuardFacts> = {}): GuardFacts => ({
  status: 'held',
  handlerStaffId: 'u-gw',
  afterPhotoCount: 1,
  afterPhotoRequired: true,
  rated: false,
  whistlePending: false,
  hasWhistle: false,
  ...over,
})
const staff = (userId: string, scopes: Caller['scopes']): Caller => ({
  userId,
  name: userId,
  kind: 'staff',
  roles: scopes.map((s) => s.role),
  scopes,
})

describe('当场处置 in the transition table', () => {
  test.each([
    ['the patroller with an after-photo', rel('patroller'), held(), { ok: true, to: 'resolved' }],
    [
      'the patroller without a photo',
      rel('patroller'),
      held({ afterPhotoCount: 0 }),
      { ok: false, code: 'INVALID_INPUT' },
    ],
    ['a resident reporter', rel('reporter'), held(), { ok: false, code: 'FORBIDDEN' }],
    ['the holder of a routed order', rel('holder', 'org_member'), held(), { ok: false, code: 'FORBIDDEN' }],
    ['a community admin', rel('community'), held(), { ok: false, code: 'FORBIDDEN' }],
    ['once dispatched', rel('patroller'), held({ status: 'assigned' }), { ok: false, code: 'CONFLICT' }],
    ['once resolved', rel('patroller'), held({ status: 'resolved' }), { ok: false, code: 'CONFLICT' }],
  ] as const)('%s', (_name, relations, facts, expected) => {
    expect(decide('handle_on_spot', relations, facts)).toMatchObject(expected)
  })

  test('the change resolves with the after-photos, and the table decides it step by step', () => {
    const now = new Date('2026-12-01T02:00:00Z')
    const change = onSpotChange(now, { note: '已当场清理', photos: ['f1'] }, 3)
    expect(change.events).toEqual([{ action: 'handle_on_spot', note: '已当场清理', photos: ['f1'] }])
    expect(change.patch).toMatchObject({ afterPhotos: ['f1'], resolvedAt: now.toISOString() })
    expect(change.patch.nextDeadline && change.patch.nextDeadline > now.toISOString()).toBe(true)
    expect(decideOnSpot(rel('patroller'), 'u-gw', change)).toEqual({ ok: true, to: 'resolved', states: ['resolved'] })
    const noPhoto = onSpotChange(now, { note: '已当场清理', photos: [] }, 3)
    expect(decideOnSpot(rel('patroller'), 'u-gw', noPhoto)).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
    expect(decideOnSpot(rel('reporter'), 'u-gw', change)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })
})

describe('the patroller relation', () => {
  const order = {
    reporterId: 'u-gw',
    source: 'patrol',
    gridId: 'gd-1',
    communityId: 'cm-1',
    streetId: 'st',
    handlerKind: 'property',
    handlerOrgId: 'pc-1',
    handlerStaffId: 'u-ps',
  }
  test.each([
    ['the grid worker who filed it, in its grid', staff('u-gw', [{ role: 'grid_worker', orgId: 'gd-1' }]), true],
    ['the same person once moved to another grid', staff('u-gw', [{ role: 'grid_worker', orgId: 'gd-2' }]), false],
    ['the grid leader who filed it', staff('u-gw', [{ role: 'grid_leader', orgId: 'cm-1' }]), true],
    ['another grid worker of the grid', staff('u-x', [{ role: 'grid_worker', orgId: 'gd-1' }]), false],
  ] as const)('%s: %p', (_name, who, expected) => {
    expect(relationsOf(who, order).has('patroller')).toBe(expected)
  })
  test('a resident report never makes its reporter a patroller', () => {
    const who = staff('u-gw', [{ role: 'grid_worker', orgId: 'gd-1' }])
    expect(relationsOf(who, { ...order, source: 'resident' }).has('patroller')).toBe(false)
  })
})

describe('grouped targets', () => {
  const place = { gridId: 'gd-a1', communityId: 'cm-a', propertyCompanyId: 'pc-a' as string | null }
  const orgs: TargetOrg[] = [
    { id: 'cm-b', kind: 'community', name: '乙社区' },
    { id: 'dp-1', kind: 'department', name: '城管' },
    { id: 'gd-b1', kind: 'grid', name: '乙一网格' },
    { id: 'cm-a', kind: 'community', name: '甲社区' },
    { id: 'pc-b', kind: 'property', name: '乙物业' },
    { id: 'gd-a1', kind: 'grid', name: '甲一网格' },
    { id: 'pc-a', kind: 'property', name: '甲物业' },
    { id: 'dp-2', kind: 'department', name: '供水' },
  ]
  test('the estate’s company first, then this grid and community, departments, then the rest (stable)', () => {
    expect(groupTargets(place, orgs).map((o) => `${o.group}:${o.id}`)).toEqual([
      'estate:pc-a',
      'local:cm-a',
      'local:gd-a1',
      'department:dp-1',
      'department:dp-2',
      'other:cm-b',
      'other:gd-b1',
      'other:pc-b',
    ])
  })
  test('an estate without a company has no estate group', () => {
    const groups = groupTargets({ ...place, propertyCompanyId: null }, orgs).map((o) => o.group)
    expect(groups).not.toContain('estate')
    expect(groups.filter((g) => g === 'other')).toHaveLength(4)
  })
})

describe('the categories an org handles', () => {
  const categories = [
    { code: 'stairwell_light', defaultHandler: 'property' as const },
    { code: 'parking', defaultHandler: 'property' as const },
    { code: 'gas_leak', defaultHandler: 'department' as const, departmentId: 'dp-gas' },
    { code: 'neighbor_dispute', defaultHandler: 'grid' as const },
    { code: 'manhole_cover', defaultHandler: 'department' as const, departmentId: 'dp-cg' },
    { code: 'garbage', defaultHandler: 'grid' as const },
  ]
  const rule = (categoryCode: string, handler: 'property' | 'grid' | 'department', orgId: string | null = null) => ({
    categoryCode,
    handler,
    orgId,
    active: true,
  })
  const rules = [
    rule('stairwell_light', 'property'),
    rule('gas_leak', 'department', 'dp-gas'),
    rule('neighbor_dispute', 'grid'),
    rule('manhole_cover', 'department'),
    // a rule moves garbage to property companies; an inactive one is ignored
    rule('garbage', 'property'),
    { ...rule('neighbor_dispute', 'property'), active: false },
  ]
  test.each([
    ['property staff', { role: 'property_staff', orgId: 'pc-1' }, ['stairwell_light', 'parking', 'garbage']],
    ['a property manager', { role: 'property_manager', orgId: 'pc-1' }, ['stairwell_light', 'parking', 'garbage']],
    ['the gas company', { role: 'department_officer', orgId: 'dp-gas' }, ['gas_leak']],
    [
      '城管 (rule without org: the category’s department)',
      { role: 'department_officer', orgId: 'dp-cg' },
      ['manhole_cover'],
    ],
    ['a grid worker: every category', { role: 'grid_worker', orgId: 'gd-1' }, null],
    ['a community admin: every category', { role: 'community_admin', orgId: 'cm-1' }, null],
  ] as const)('%s', (_name, scope, expected) => {
    expect(handledCategoryCodes(scope, categories, rules)).toEqual(expected)
  })
})

describe('待办 is what the viewer must do', () => {
  const now = '2026-12-01T00:00:00Z'
  test.each([
    ['grid worker', { role: 'grid_worker', orgId: 'gd-1' }, { handlerStaffId: 'me', statusGroup: 'open' }],
    ['property manager', { role: 'property_manager', orgId: 'pc-1' }, { handlerStaffId: 'me', statusGroup: 'open' }],
    ['community admin', { role: 'community_admin', orgId: 'cm-1' }, { communityId: 'cm-1', status: 'returned' }],
    ['street admin', { role: 'street_admin', orgId: 'st' }, { streetId: 'st', status: 'returned' }],
    ['department', { role: 'department_officer', orgId: 'dp-1' }, { whistleDeptId: 'dp-1', statusGroup: 'open' }],
  ] as const)('%s', (_name, scope, expected) => {
    const q = scopeWhere(staff('me', [scope]), scope)
    expect(filterWhere('todo', q, now)).toEqual(expected)
  })
  test('在办 is the whole open scope; 我上报的 is the caller’s patrol reports', () => {
    const scope = { role: 'community_admin', orgId: 'cm-1' } as const
    const q = scopeWhere(staff('me', [scope]), scope)
    expect(filterWhere('open', q, now)).toEqual({ communityId: 'cm-1', statusGroup: 'open' })
    expect(filterWhere('reported', q, now, 'me')).toEqual({ reporterId: 'me', source: 'patrol' })
    expect(filterWhere('reported', q, now)).toBeNull()
  })
})
