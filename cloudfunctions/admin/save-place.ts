import { SavePlaceInput, type SavePlaceOutput } from '../../types/admin-places'
import { action } from '../_platform/kit/define'
import { moveOpenOrders, openOrdersHeldBy } from '../_services/admin-places/move-orders'
import { savePlaceDoc } from '../_services/admin-places/save'
import { placeEditorOf } from '../_services/admin-places/scope'

/**
 * Creates or edits a community, grid, estate or building. A changed property company takes effect
 * for new reports; the answer names the estate's open orders the old company still holds, and moves
 * them only when the admin asked (`moveOpenOrders`), each as a 转派 on its timeline.
 */
export const savePlace = action({
  description: '新增或修改社区、网格、小区、楼栋',
  input: SavePlaceInput,
  roles: ['street_admin', 'community_admin'],
  texts: (input) => [input.place.name],
  async run({ input, caller, platform, requestId }): Promise<SavePlaceOutput> {
    const editor = await placeEditorOf(platform.store, caller)
    const { place } = input
    const { version, before } = await savePlaceDoc(platform, caller, requestId, editor, place, input.expectedVersion)
    const oldCompany = before?.kind === 'estate' ? (before.propertyCompanyId ?? null) : null
    const changed = place.kind === 'estate' && before !== null && oldCompany !== place.propertyCompanyId
    const open = changed && oldCompany ? await openOrdersHeldBy(platform, place.id, oldCompany) : []
    const moved =
      place.kind === 'estate' && input.moveOpenOrders && open.length > 0
        ? await moveOpenOrders(platform, caller, open, {
            companyId: place.propertyCompanyId,
            communityId: before?.communityId ?? '',
          })
        : 0
    return {
      id: place.id,
      version,
      openOrders: { count: open.length - moved, numbers: open.slice(moved).map((o) => o.number) },
      moved,
    }
  },
})
