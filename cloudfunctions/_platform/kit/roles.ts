import type { Role } from '../../../types/identity'
import { STAFF_ROLES } from '../../../types/identity'

/** Every person who can log in: residents and all staff (not the system caller). */
export const ANY_PERSON: readonly Role[] = ['resident', ...STAFF_ROLES]
export const STAFF: readonly Role[] = STAFF_ROLES
export const RESIDENT: readonly Role[] = ['resident']
export const SYSTEM: readonly Role[] = ['system']
