import type { Role } from '../../types/identity'

/** Residents, and grid workers who apply on a resident's behalf (代办). */
export const APPLICANT: readonly Role[] = ['resident', 'grid_worker']
/** Who applies on a resident's behalf (代办), each only within their own grid. */
export const PROXY_APPLICANT: readonly Role[] = ['grid_worker']
/** Who reviews (within their community) and countersigns (the street). */
export const REVIEWER: readonly Role[] = ['community_admin', 'grid_leader', 'street_admin']
/** Who edits the catalogue. */
export const CATALOGUE_ADMIN: readonly Role[] = ['community_admin', 'street_admin']
