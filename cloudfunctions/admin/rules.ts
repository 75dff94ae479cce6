import { RulesInput } from '../../types/admin'
import { RoutingRule } from '../../types/catalog'
import { action } from '../_platform/kit/define'
import type { Where } from '../_platform/store/port'
import { adminStreetOf } from '../_services/admin-edits'
import { allEstates } from '../_services/places'
import { findAll } from '../_services/reference-sets'

/** Routing rules: category defaults and this street's estate overrides, each with its version. */
export const rules = action({
  description: '分派规则列表',
  input: RulesInput,
  roles: ['street_admin'],
  async run({ input, caller, platform }) {
    const street = adminStreetOf(caller)
    const where: Where = {}
    if (input.categoryCode) where.categoryCode = input.categoryCode
    if (input.estateId) where.estateId = input.estateId
    const [docs, estates] = await Promise.all([
      findAll(platform.store.collection('routing_rules'), where),
      allEstates(platform.store),
    ])
    // another street's estate overrides are not this admin's to see
    const items = docs
      .filter((d) => !d.estateId || estates.get(String(d.estateId))?.streetId === street)
      .map((d) => ({ rule: RoutingRule.parse({ ...d, id: d._id }), version: d._v }))
    return { items }
  },
})
