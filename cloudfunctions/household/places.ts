import { PlacesInput } from '../../types/household'
import { action } from '../_platform/kit/define'
import { ANY_PERSON } from '../_platform/kit/roles'
import { placeTree, streetOfCaller } from '../_services/place-tree'

/** The tree a resident picks a house from: community › estate › building, of the caller's street. */
export const places = action({
  description: '可绑定的社区、小区和楼栋',
  input: PlacesInput,
  roles: ANY_PERSON,
  async run({ caller, platform }) {
    return placeTree(platform.store, await streetOfCaller(platform.store, caller))
  },
})
