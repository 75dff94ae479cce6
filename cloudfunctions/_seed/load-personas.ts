/**
 * Load personas of the demo street (`load-1` … `load-5000`): verified residents for load tests and
 * benchmarks, made on first use by auth.devLogin (demo login only). Each holds a verified house of
 * their own in a building of the demo street's first community (北苑社区), spread over its buildings,
 * units and floors. They are not personas of the switcher (auth.personas lists none of them).
 */
import type { User } from '../../types/identity'
import { isStoreConflict, type Store, type StoredDoc } from '../_platform/store/port'
import { seededHouseholdFields, seededHouseholds } from './households'
import { buildingPlaces, COMMUNITIES, ESTATES, STREET } from './street'

export const MAX_LOAD_PERSONAS = 5000
const KEY = /^load-([1-9]\d{0,3})$/

/** n of `load-<n>` (1 … 5000), or null for any other key. */
export function loadPersonaNumber(key: string): number | null {
  const n = Number(KEY.exec(key)?.[1] ?? Number.NaN)
  return Number.isInteger(n) && n >= 1 && n <= MAX_LOAD_PERSONAS ? n : null
}

export const loadPersonaId = (n: number) => `u-load-${n}`

/** The user of load persona n: a resident with a house of their own (pure). */
export function loadPersonaUser(n: number): User {
  const community = COMMUNITIES[0]
  const buildings = buildingPlaces().filter((b) => b.communityId === community._id)
  const building = buildings[(n - 1) % buildings.length]
  const k = Math.floor((n - 1) / buildings.length)
  const unit = building.units[k % building.units.length]
  const slot = Math.floor(k / building.units.length)
  const room = `${Math.floor(slot / 4) + 1}0${(slot % 4) + 1}`
  const estate = building.estateId
  const estateName = ESTATES.find((e) => e._id === estate)?.name ?? ''
  return {
    _id: loadPersonaId(n),
    kind: 'resident',
    name: `压测居民${n}`,
    title: `压测身份 · ${community.name}`,
    phone: `1990${String(n).padStart(7, '0')}`,
    scopes: [],
    address: {
      streetId: STREET._id,
      communityId: community._id,
      gridId: building.gridId,
      estateId: estate,
      buildingId: building._id,
      unit,
      room,
      label: `${estateName} ${building.name} ${unit} ${room}`,
    },
  }
}

/**
 * Load persona n as stored, made (user and verified house, in one transaction) on first use; null
 * when the store does not hold the demo street's places.
 */
export async function ensureLoadPersona(store: Store, n: number, at: string): Promise<StoredDoc | null> {
  const users = store.collection('users')
  const found = await users.get(loadPersonaId(n))
  if (found) return found
  const user = loadPersonaUser(n)
  if (!(await store.collection('places').get(user.address!.buildingId))) return null
  try {
    await store.transaction(async (tx) => {
      await tx
        .collection('users')
        .insert({ ...user, persona: '', ...seededHouseholdFields(user), createdAt: at } as never)
      for (const h of seededHouseholds([user], at)) await tx.collection('households').insert(h as never)
    })
  } catch (error) {
    if (!isStoreConflict(error)) throw error // made at the same moment by another first login
  }
  return users.get(loadPersonaId(n))
}
