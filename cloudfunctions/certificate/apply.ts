import { ApplyInput } from '../../types/certificate'
import { action } from '../_platform/kit/define'
import { apply as applyFor } from '../_services/certificates/apply'
import { APPLICANT } from './roles'

/** 申请: idempotent on requestId; a valid certificate of the same type and purpose is offered first. */
export const apply = action({
  description: '申请证明（或签署告知承诺；网格员可代办）',
  input: ApplyInput,
  roles: APPLICANT,
  // the purpose is printed on the certificate: checked like the other words, before it is matched to the type's list
  texts: (input) => [input.purpose, input.note, input.hardship, input.onBehalfOf?.consent.note],
  run: ({ input, caller, platform }) => applyFor(platform, caller, input),
})
