import { SaveTypeInput } from '../../types/certificate'
import { action } from '../_platform/kit/define'
import { saveType as save } from '../_services/certificates/catalogue-admin'
import { CATALOGUE_ADMIN } from './roles'

/** Saves a catalogue type at the version edited, audited; one the negative list names is refused, citing the circular. */
export const saveType = action({
  description: '保存证明目录事项（负面清单事项一律拒绝）',
  input: SaveTypeInput,
  roles: CATALOGUE_ADMIN,
  texts: (input) => [input.type.name, input.type.template, input.type.legalBasis],
  run: ({ input, caller, platform, requestId }) => save(platform, caller, input, requestId),
})
