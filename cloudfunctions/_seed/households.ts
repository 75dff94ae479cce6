/**
 * The demo residents' houses: each seeded resident holds one verified household, the source of
 * the `address` on their user document. Fictional, like every person of the demo street.
 */
import type { User } from '../../types/identity'
import { type HouseholdFields, roomKeyOf } from '../_services/households'

const householdIdOfSeed = (userId: string) => `hh-${userId.replace(/^u-/, '')}`

/** The user fields that point at the seeded current household. */
export function seededHouseholdFields(user: User): { householdId?: string; householdVerified?: boolean } {
  return user.address ? { householdId: householdIdOfSeed(user._id), householdVerified: true } : {}
}

export function seededHouseholds(people: User[], at: string): HouseholdFields[] {
  return people.flatMap((u) => {
    const a = u.address
    if (!a) return []
    const unit = a.unit ?? ''
    const room = a.room ?? ''
    return [
      {
        _id: householdIdOfSeed(u._id),
        userId: u._id,
        requestKey: `${u._id}:seed`,
        streetId: a.streetId,
        communityId: a.communityId,
        gridId: a.gridId,
        estateId: a.estateId,
        buildingId: a.buildingId,
        unit,
        room,
        roomKey: roomKeyOf(a.buildingId, unit, room),
        label: a.label,
        relation: 'owner' as const,
        name: u.name,
        phone: u.phone ?? null,
        status: 'verified' as const,
        rejectReason: null,
        verifiedAt: at,
        verifiedBy: null,
        verifiedVia: 'seed',
        createdAt: at,
        updatedAt: at,
      },
    ]
  })
}
