import { TypesInput } from '../../types/certificate'
import { bannedMatch } from '../_core/certificates'
import { action } from '../_platform/kit/define'
import { negativeLists, typesFor } from '../_services/certificates/catalogue'
import { toTypeView } from '../_services/certificates/type-view'
import { placeOfCaller } from '../_services/certificates/where'
import { APPLICANT } from './roles'

/** 办事: the certificates the caller's community offers (none the negative lists name), with basis, materials and time limit. */
export const types = action({
  description: '在线办事：可申请的证明（依据、材料、时限）',
  input: TypesInput,
  roles: APPLICANT,
  async run({ caller, platform }) {
    const where = await placeOfCaller(platform, caller)
    if (!where) return { items: [] }
    const [list, banned] = await Promise.all([
      typesFor(platform.store, where.streetId, where.communityId),
      negativeLists(platform.store),
    ])
    // a type the negative lists name (saved before the list, or by an old client) is never offered
    return { items: list.filter((t) => t.active && !bannedMatch(t, banned)).map(toTypeView) }
  },
})
