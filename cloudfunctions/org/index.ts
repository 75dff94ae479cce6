/** Deployable function `org`: staff onboarding (invites) and the staff of an org. */
import { defineFunction } from '../_platform/kit/define'
import { getPlatform } from '../_platform/runtime/provider'
import { invite } from './invite'
import { invites } from './invites'
import { removeStaff } from './remove-staff'
import { revokeInvite } from './revoke-invite'
import { staff } from './staff'

export const { main, catalog, name } = defineFunction(
  'org',
  { invite, invites, revokeInvite, staff, removeStaff },
  getPlatform,
)
