/**
 * Who may look at a supervision scope (its figures, its export): a street admin at their street and
 * everything in it; a community admin or 网格长 at their community and its grids; a grid worker at
 * their grid; a property manager at their company; a department officer at their department.
 */
import type { Scope } from '../../../types/identity'
import type { ScopeKind } from '../../../types/supervision'

export interface ResolvedScope {
  kind: ScopeKind
  id: string
  name: string
  streetId: string
  /** the community of a community or grid scope ('' otherwise) */
  communityId: string
}

/** Whether the caller's scopes cover the resolved scope. */
export function mayView(caller: { scopes: readonly Scope[] }, s: Omit<ResolvedScope, 'name'>): boolean {
  return caller.scopes.some(({ role, orgId }) => {
    switch (role) {
      case 'street_admin':
        return orgId === s.streetId
      case 'community_admin':
      case 'grid_leader':
        return s.communityId !== '' && orgId === s.communityId
      case 'grid_worker':
        return s.kind === 'grid' && orgId === s.id
      case 'property_manager':
        return s.kind === 'company' && orgId === s.id
      case 'department_officer':
        return s.kind === 'department' && orgId === s.id
      default:
        return false
    }
  })
}
