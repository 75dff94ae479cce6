import type { Role } from '../../../types/identity'
import { STAFF_ROLES } from '../../../types/identity'

/** Every person who can log in: residents and all staff (not the system caller). */
export const ANY_PERSON: readonly Role[] = ['resident', ...STAFF_ROLES]
export const STAFF: readonly Role[] = STAFF_ROLES
export const RESIDENT: readonly Role[] = ['resident']
export const SYSTEM: readonly Role[] = ['system']

/** Who imports a community's house roster (房屋底册). */
export const ROSTER_IMPORTER: readonly Role[] = ['community_admin']

/** Who may upload an .xlsx besides photos: the roster's importers and the admins who import places. */
export const SPREADSHEET_UPLOADER: readonly Role[] = ['community_admin', 'street_admin']

export const mayUploadSpreadsheet = (caller: { roles: readonly Role[] }) =>
  caller.roles.some((r) => SPREADSHEET_UPLOADER.includes(r))
