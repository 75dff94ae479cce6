import type { Role } from '../../../types/identity'
import { STAFF_ROLES } from '../../../types/identity'

/** Every person who can log in: residents and all staff (not the system caller). */
export const ANY_PERSON: readonly Role[] = ['resident', ...STAFF_ROLES]
export const STAFF: readonly Role[] = STAFF_ROLES
export const RESIDENT: readonly Role[] = ['resident']
export const SYSTEM: readonly Role[] = ['system']

/** Who imports a community's house roster (房屋底册), and so may upload an .xlsx besides photos. */
export const ROSTER_IMPORTER: readonly Role[] = ['community_admin']

export const mayUploadRoster = (caller: { roles: readonly Role[] }) =>
  caller.roles.some((r) => ROSTER_IMPORTER.includes(r))
