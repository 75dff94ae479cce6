/** The routing world of the demo street, built from the seed data exactly as a function would load it. */
import { buildRoutingWorld, type RoutingWorldInput, type StaffInput } from '../../../cloudfunctions/_core/routing'
import { categories } from '../../../cloudfunctions/_seed/categories'
import { routingRules } from '../../../cloudfunctions/_seed/routing-rules'
import {
  COMMUNITIES,
  DEPARTMENTS,
  ESTATES,
  GRIDS,
  otherStaff,
  PERSONA_USERS,
  PROPERTY_COMPANIES,
  STREET,
} from '../../../cloudfunctions/_seed/street'

export function seedWorldInput(adjust: (s: StaffInput) => StaffInput = (s) => s): RoutingWorldInput {
  const users = [...PERSONA_USERS, ...otherStaff()]
  return {
    categories,
    rules: routingRules,
    estates: ESTATES.map((e) => ({
      id: e._id,
      name: e.name,
      propertyCompanyId: e.propertyCompanyId,
      gridId: e.gridId,
      communityId: e.communityId,
    })),
    orgs: [STREET, ...COMMUNITIES, ...GRIDS, ...PROPERTY_COMPANIES, ...DEPARTMENTS].map((o) => ({
      id: o._id,
      kind: o.kind as 'street' | 'community' | 'grid' | 'property' | 'department',
      name: o.name,
    })),
    staff: users.flatMap((u) =>
      u.scopes.map((s) => adjust({ id: u._id, name: u.name, orgId: s.orgId, role: s.role, onDuty: true, openLoad: 0 })),
    ),
  }
}

export function seedWorld(adjust?: (s: StaffInput) => StaffInput) {
  return buildRoutingWorld(seedWorldInput(adjust))
}
