import { RefuseInput } from '../../types/certificate'
import { action } from '../_platform/kit/define'
import { refuse as refuseRequest } from '../_services/certificates/review'
import { REVIEWER } from './roles'

/** 不予出证: with the reason and the 救济途径. */
export const refuse = action({
  description: '不予出证（写明原因与救济途径）',
  input: RefuseInput,
  roles: REVIEWER,
  texts: (input) => [input.reason, input.remedy],
  run: ({ input, caller, platform }) => refuseRequest(platform, caller, input.id, input.reason, input.remedy),
})
