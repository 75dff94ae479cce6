import * as z from 'zod/mini'
import { action } from '../_platform/kit/define'
import { type HouseholdDoc, householdsOf, toPendingView, VERIFIER_ROLES, verifierScopes } from '../_services/households'

/** 待核实住户: the bindings waiting for the caller, only within the caller's grid, community or street. */
export const pending = action({
  description: '待核实住户列表（本网格/本社区）',
  input: z.object({}),
  roles: VERIFIER_ROLES,
  async run({ caller, platform }) {
    const pages = await Promise.all(
      verifierScopes(caller).map((where) =>
        householdsOf(platform.store).find({
          where: { ...where, status: 'pending' },
          orderBy: [['createdAt', 'asc']],
          limit: 200,
        }),
      ),
    )
    const seen = new Map<string, HouseholdDoc>()
    for (const page of pages) for (const h of page.items) seen.set(h._id, h)
    const items = [...seen.values()].sort(
      (a, b) => a.createdAt.localeCompare(b.createdAt) || a._id.localeCompare(b._id),
    )
    return { items: items.map(toPendingView) }
  },
})
