/**
 * Which categories a staff member's org handles, for the inbox's category filter: a property
 * company the categories a rule (or, with none, the category's default) gives to property companies;
 * a department those given to it; grids, communities, the street and their admins every category.
 * Pure: the catalogue and the street's rules come in. null means every category.
 */
import type { Category, RoutingRule } from '../../../types/catalog'
import type { Role } from '../../../types/identity'

export function handledCategoryCodes(
  scope: { role: Role; orgId: string },
  categories: readonly Pick<Category, 'code' | 'defaultHandler' | 'departmentId'>[],
  rules: readonly Pick<RoutingRule, 'categoryCode' | 'handler' | 'orgId' | 'active'>[],
): string[] | null {
  const kind =
    scope.role === 'property_staff' || scope.role === 'property_manager'
      ? 'property'
      : scope.role === 'department_officer'
        ? 'department'
        : null
  if (!kind) return null
  const active = rules.filter((r) => r.active)
  return categories
    .filter((c) => {
      const own = active.filter((r) => r.categoryCode === c.code)
      const mine = (r: (typeof active)[number]) =>
        r.handler === kind &&
        (kind === 'department'
          ? (r.orgId ?? c.departmentId) === scope.orgId
          : r.orgId === null || r.orgId === scope.orgId)
      if (own.length > 0) return own.some(mine)
      if (kind === 'department') return c.defaultHandler === 'department' && c.departmentId === scope.orgId
      return c.defaultHandler === 'property'
    })
    .map((c) => c.code)
}
