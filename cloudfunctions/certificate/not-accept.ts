import { NotAcceptInput } from '../../types/certificate'
import { action } from '../_platform/kit/define'
import { notAccept as notAcceptRequest } from '../_services/certificates/review'
import { REVIEWER } from './roles'

export const notAccept = action({
  description: '不予受理（写明原因）',
  input: NotAcceptInput,
  roles: REVIEWER,
  texts: (input) => [input.reason],
  run: ({ input, caller, platform }) => notAcceptRequest(platform, caller, input.id, input.reason),
})
