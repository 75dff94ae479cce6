import { SupplementInput } from '../../types/certificate'
import { action } from '../_platform/kit/define'
import { supplement as supplementRequest } from '../_services/certificates/resident'
import { APPLICANT } from './roles'

/** 补充材料: answers the notice; the clock restarts with the working days it had left. */
export const supplement = action({
  description: '补充材料',
  input: SupplementInput,
  roles: APPLICANT,
  texts: (input) => [input.note],
  run: ({ input, caller, platform }) => supplementRequest(platform, caller, input.id, input.materials, input.note),
})
