/**
 * Who may look at which scope: a street admin at their street and everything in it; a community
 * admin (and a 网格长) at their community and its grids; a grid worker at their grid; a property
 * manager at their company; a department officer at their department. Residents and property staff
 * see no supervision figures.
 */
import type { Caller, Role } from '../../../types/identity'
import { SCOPE_KIND_LABEL, type ScopeKind, type SupervisionScope } from '../../../types/supervision'
import { mayView, type ResolvedScope } from '../../_core/kpis/scope-access'
import { forbidden, notFound } from '../../_platform/kit/errors'
import type { Store } from '../../_platform/store/port'
import { allOrgs, type OrgDoc } from '../places'

export const SUPERVISION_ROLES: readonly Role[] = [
  'street_admin',
  'community_admin',
  'grid_leader',
  'grid_worker',
  'property_manager',
  'department_officer',
]

const ORG_KIND: Record<ScopeKind, OrgDoc['kind']> = {
  street: 'street',
  community: 'community',
  grid: 'grid',
  company: 'property',
  department: 'department',
}

export type { ResolvedScope }
export { mayView }

/** The scope, looked up (NOT_FOUND when it is no org of that kind), without asking who may see it. */
export async function lookUpScope(store: Store, scope: SupervisionScope): Promise<ResolvedScope> {
  const orgs = await allOrgs(store)
  const org = orgs.get(scope.id)
  if (!org || org.kind !== ORG_KIND[scope.kind]) throw notFound(`没有找到这个${SCOPE_KIND_LABEL[scope.kind]}`)
  const parent = String(org.parentId ?? '')
  const communityId = scope.kind === 'community' ? org._id : scope.kind === 'grid' ? parent : ''
  const streetId =
    scope.kind === 'street' ? org._id : scope.kind === 'grid' ? String(orgs.get(parent)?.parentId ?? '') : parent
  return { kind: scope.kind, id: org._id, name: org.name, streetId, communityId }
}

/** The scope if the caller may view it; FORBIDDEN otherwise (NOT_FOUND only for street staff). */
export async function scopeFor(store: Store, caller: Caller, scope: SupervisionScope): Promise<ResolvedScope> {
  const resolved = await lookUpScope(store, scope).catch((error) => {
    // an outsider learns nothing about which ids exist
    if (caller.scopes.some((s) => s.role === 'street_admin')) throw error
    throw forbidden('无权查看该范围的考核数据')
  })
  if (!mayView(caller, resolved)) throw forbidden('无权查看该范围的考核数据')
  return resolved
}

/** The orgs one level below a scope, for the by-org rows: street → communities, companies, departments; community → grids. */
export async function childScopes(store: Store, s: ResolvedScope): Promise<ResolvedScope[]> {
  const orgs = [...(await allOrgs(store)).values()]
  const of = (kind: ScopeKind, o: OrgDoc): ResolvedScope => ({
    kind,
    id: o._id,
    name: o.name,
    streetId: s.streetId,
    communityId: kind === 'community' ? o._id : kind === 'grid' ? String(o.parentId ?? '') : '',
  })
  if (s.kind === 'street') {
    const under = (kind: OrgDoc['kind']) => orgs.filter((o) => o.kind === kind && o.parentId === s.id)
    return [
      ...under('community').map((o) => of('community', o)),
      ...under('property').map((o) => of('company', o)),
      ...under('department').map((o) => of('department', o)),
    ]
  }
  if (s.kind === 'community')
    return orgs.filter((o) => o.kind === 'grid' && o.parentId === s.id).map((o) => of('grid', o))
  return []
}
