/** Deployable function `org`: staff onboarding (invites) and the staff of an org. */
import { defineFunction } from '../_platform/kit/define'
import { getPlatform } from '../_platform/runtime/provider'

export const { main, actions, catalog, name } = defineFunction(
  'org',
  {
    invite: () => import('./invite').then((m) => m.invite),
    invites: () => import('./invites').then((m) => m.invites),
    revokeInvite: () => import('./revoke-invite').then((m) => m.revokeInvite),
    staff: () => import('./staff').then((m) => m.staff),
    removeStaff: () => import('./remove-staff').then((m) => m.removeStaff),
  },
  getPlatform,
)
