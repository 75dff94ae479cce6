/**
 * Who may view a supervision scope (its figures and its export file): a street admin their street
 * and all in it; a community admin or 网格长 their community and its grids; a grid worker their
 * grid; a property manager their company; a department officer their department; nobody else.
 */
import { mayView, type ResolvedScope } from '../../../cloudfunctions/_core/kpis/scope-access'
import type { Role } from '../../../types/identity'

const S = (kind: ResolvedScope['kind'], id: string, communityId = ''): Omit<ResolvedScope, 'name'> => ({
  kind,
  id,
  streetId: 'st-1',
  communityId,
})
const street = S('street', 'st-1')
const cm1 = S('community', 'cm-1', 'cm-1')
const cm2 = S('community', 'cm-2', 'cm-2')
const grid1 = S('grid', 'gd-1', 'cm-1')
const grid2 = S('grid', 'gd-2', 'cm-2')
const pc1 = S('company', 'pc-1')
const dp1 = S('department', 'dp-1')
const otherStreet = { ...S('street', 'st-2'), streetId: 'st-2' }
const ALL = { street, cm1, cm2, grid1, grid2, pc1, dp1, otherStreet }

test.each<[Role, string, Array<keyof typeof ALL>]>([
  ['street_admin', 'st-1', ['street', 'cm1', 'cm2', 'grid1', 'grid2', 'pc1', 'dp1']],
  ['community_admin', 'cm-1', ['cm1', 'grid1']],
  ['grid_leader', 'cm-1', ['cm1', 'grid1']],
  ['grid_worker', 'gd-1', ['grid1']],
  ['property_manager', 'pc-1', ['pc1']],
  ['property_staff', 'pc-1', []],
  ['department_officer', 'dp-1', ['dp1']],
  ['resident' as Role, '', []],
])('%s of %s sees exactly %j', (role, orgId, seen) => {
  const caller = { scopes: [{ role, orgId }] }
  const visible = (Object.keys(ALL) as Array<keyof typeof ALL>).filter((k) => mayView(caller, ALL[k]))
  expect(visible).toEqual(seen)
})

test('several scopes add up; no scopes see nothing', () => {
  const caller = {
    scopes: [
      { role: 'grid_worker' as const, orgId: 'gd-2' },
      { role: 'property_manager' as const, orgId: 'pc-1' },
    ],
  }
  expect(Object.values(ALL).filter((s) => mayView(caller, s))).toEqual([grid2, pc1])
  expect(Object.values(ALL).filter((s) => mayView({ scopes: [] }, s))).toEqual([])
})
