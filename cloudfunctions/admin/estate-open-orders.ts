import { EstateOpenOrdersInput, type EstateOpenOrdersOutput } from '../../types/admin-places'
import { action } from '../_platform/kit/define'
import { openOrdersHeldBy } from '../_services/admin-places/move-orders'
import { placeEditorOf, placeInScope, storedPlaces } from '../_services/admin-places/scope'

/** Shown numbers, so a dialog stays readable; the count is always whole. */
const SHOWN = 20

/**
 * What changing an estate's property company would leave behind: the open orders its current company
 * holds there. The place editor asks this before saving, so its question says how many orders (and
 * which) would stay or move; `savePlace` moves them only when asked.
 */
export const estateOpenOrders = action({
  description: '小区更换物业前：现物业在该小区的在办工单数',
  input: EstateOpenOrdersInput,
  roles: ['street_admin', 'community_admin'],
  async run({ input, caller, platform }): Promise<EstateOpenOrdersOutput> {
    const editor = await placeEditorOf(platform.store, caller)
    const estate = await placeInScope(storedPlaces(platform.store), editor, input.id, 'estate', '小区')
    const companyId = estate.propertyCompanyId ?? null
    if (!companyId) return { companyId: null, count: 0, numbers: [] }
    const open = await openOrdersHeldBy(platform, estate._id, companyId)
    const numbers = open
      .map((o) => o.number)
      .sort()
      .slice(0, SHOWN)
    return { companyId, count: open.length, numbers }
  },
})
