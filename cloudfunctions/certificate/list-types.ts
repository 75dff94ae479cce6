import { ListTypesInput } from '../../types/certificate'
import { action } from '../_platform/kit/define'
import { listTypes as list } from '../_services/certificates/catalogue-admin'
import { CATALOGUE_ADMIN } from './roles'

export const listTypes = action({
  description: '证明目录（含负面清单）',
  input: ListTypesInput,
  roles: CATALOGUE_ADMIN,
  run: ({ caller, platform }) => list(platform, caller),
})
