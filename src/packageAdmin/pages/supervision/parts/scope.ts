/** Where a viewer's dashboard starts: the widest scope their roles give (pure). */
import type { Scope } from '../../../../../types/identity'
import type { ScopeKind, SupervisionScope } from '../../../../../types/supervision'

const ORDER: Array<[Scope['role'], ScopeKind]> = [
  ['street_admin', 'street'],
  ['community_admin', 'community'],
  ['grid_leader', 'community'],
  ['property_manager', 'company'],
  ['department_officer', 'department'],
  ['grid_worker', 'grid'],
]

export function homeScope(scopes: readonly Scope[]): SupervisionScope | null {
  for (const [role, kind] of ORDER) {
    const s = scopes.find((x) => x.role === role)
    if (s) return { kind, id: s.orgId }
  }
  return null
}

/** one step of the drill-down path, with the name the server gave it */
export interface Crumb extends SupervisionScope {
  name: string
}
