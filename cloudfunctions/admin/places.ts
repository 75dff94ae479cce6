import { PlacesInput } from '../../types/admin-places'
import { action } from '../_platform/kit/define'
import { filterRows, placeRows } from '../_services/admin-places/list'
import { placeEditorOf } from '../_services/admin-places/scope'

/** The places the caller manages (a street admin: the street; a community admin: their community), searchable. */
export const places = action({
  description: '地址库：社区、网格、小区、楼栋（可搜索）',
  input: PlacesInput,
  roles: ['street_admin', 'community_admin'],
  async run({ input, caller, platform }) {
    const editor = await placeEditorOf(platform.store, caller)
    const rows = filterRows(await placeRows(platform.store, editor), input)
    return { items: rows.slice(0, input.limit), truncated: rows.length > input.limit }
  },
})
