import { z } from 'zod'
import type { HandlerKind } from '../../types/catalog'
import { action } from '../_platform/kit/define'
import { STAFF } from '../_platform/kit/roles'
import { orgsOf } from '../_services/places'

/** Orgs an order can be transferred to or a department whistled in. */
export const targets = action({
  description: '可转派的单位与可吹哨的部门',
  input: z.object({}),
  roles: STAFF,
  async handler({ platform }) {
    const page = await orgsOf(platform.store).find({
      where: { kind: { in: ['grid', 'property', 'community', 'department'] } },
      limit: 1000,
    })
    return { orgs: page.items.map((o) => ({ id: o._id, kind: o.kind as HandlerKind, name: o.name })) }
  },
})
