/** Where an order may be transferred: only orgs that serve its place, unless a community or street admin hands it on. */
import { type Relation, type TargetOrg, transferTargets } from '../../../cloudfunctions/_core/workflow'

const street: TargetOrg[] = [
  { id: 'cm-a', kind: 'community', name: '甲社区' },
  { id: 'cm-b', kind: 'community', name: '乙社区' },
  { id: 'gd-a1', kind: 'grid', name: '甲一网格' },
  { id: 'gd-a2', kind: 'grid', name: '甲二网格' },
  { id: 'gd-b1', kind: 'grid', name: '乙一网格' },
  { id: 'pc-a', kind: 'property', name: '甲物业' },
  { id: 'pc-b', kind: 'property', name: '乙物业' },
  { id: 'dp-1', kind: 'department', name: '城管' },
  { id: 'dp-2', kind: 'department', name: '应急' },
]
const place = {
  gridId: 'gd-a1',
  communityId: 'cm-a',
  propertyCompanyId: 'pc-a' as string | null,
  handlerOrgId: 'pc-a',
  status: 'acknowledged',
}
const ids = (over: Partial<typeof place>, ...relations: Relation[]) =>
  transferTargets({ ...place, ...over }, street, new Set(relations)).map((o) => o.id)

test.each([
  ['the holder at the estate’s company', {}, ['holder'], ['cm-a', 'gd-a1', 'dp-1', 'dp-2']],
  ['a supervisor', {}, ['supervisor', 'org_member'], ['cm-a', 'gd-a1', 'dp-1', 'dp-2']],
  ['a grid holder', { handlerOrgId: 'gd-a1' }, ['holder'], ['cm-a', 'pc-a', 'dp-1', 'dp-2']],
  [
    'an estate without a company',
    { propertyCompanyId: null, handlerOrgId: 'gd-a1' },
    ['holder'],
    ['cm-a', 'dp-1', 'dp-2'],
  ],
  [
    'a returned order may go back to its org',
    { status: 'returned' },
    ['holder'],
    ['cm-a', 'gd-a1', 'pc-a', 'dp-1', 'dp-2'],
  ],
  [
    'the community admin: any org in the street',
    {},
    ['community'],
    street.filter((o) => o.id !== 'pc-a').map((o) => o.id),
  ],
  ['the street admin: any org in the street', {}, ['street'], street.filter((o) => o.id !== 'pc-a').map((o) => o.id)],
] as const)('%s', (_name, over, relations, expected) => {
  expect(ids(over, ...relations).sort()).toEqual([...expected].sort())
})

test('another community’s company, grid or community is never a target for the handler’s side', () => {
  for (const relations of [['holder'], ['supervisor'], ['org_member'], ['department']] as Relation[][]) {
    const out = ids({}, ...relations)
    for (const foreign of ['pc-b', 'gd-b1', 'cm-b', 'gd-a2']) expect(out).not.toContain(foreign)
  }
})
