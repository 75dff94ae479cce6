import { z } from 'zod'
import { action } from '../_platform/kit/define'
import { STAFF } from '../_platform/kit/roles'
import type { Where } from '../_platform/store/port'
import { primaryScope } from '../_services/inbox'
import { placesOf } from '../_services/places'

/** Buildings in the caller's scope, for patrol reports: '博泰佳苑 3号楼'. */
export const buildings = action({
  description: '我辖区的楼栋（巡查上报用）',
  input: z.object({}),
  roles: STAFF,
  async run({ caller, platform }) {
    const scope = primaryScope(caller)
    const where: Where =
      scope.role === 'grid_worker'
        ? { gridId: scope.orgId }
        : scope.role === 'street_admin'
          ? {}
          : { communityId: scope.orgId }
    const places = placesOf(platform.store)
    const [estates, blocks] = await Promise.all([
      places.find({ where: { ...where, kind: 'estate' }, limit: 1000 }),
      places.find({ where: { ...where, kind: 'building' }, orderBy: [['name', 'asc']], limit: 1000 }),
    ])
    const estateName = new Map(estates.items.map((e) => [e._id, e.name]))
    const items = blocks.items
      .map((b) => ({ id: b._id, label: `${estateName.get(b.estateId ?? '') ?? ''} ${b.name}`.trim() }))
      .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN', { numeric: true }))
    return { items }
  },
})
