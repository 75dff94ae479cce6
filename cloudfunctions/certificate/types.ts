import { TypesInput } from '../../types/certificate'
import { action } from '../_platform/kit/define'
import { typesFor } from '../_services/certificates/catalogue'
import { toTypeView } from '../_services/certificates/type-view'
import { placeOfCaller } from '../_services/certificates/where'
import { APPLICANT } from './roles'

/** 办事: the certificates the caller's community offers, with basis, materials and time limit. */
export const types = action({
  description: '在线办事：可申请的证明（依据、材料、时限）',
  input: TypesInput,
  roles: APPLICANT,
  async run({ caller, platform }) {
    const where = await placeOfCaller(platform, caller)
    if (!where) return { items: [] }
    const list = await typesFor(platform.store, where.streetId, where.communityId)
    return { items: list.filter((t) => t.active).map(toTypeView) }
  },
})
