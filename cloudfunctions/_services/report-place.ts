/**
 * Where a resident's report is about, decided by the server from the caller's bound address: their
 * own building (我家/本楼), or a place outside home (a road, a park) they describe in words. A
 * report never names a building the caller is not bound to, and never another household's address.
 */
import { BoundAddress, type Caller } from '../../types/identity'
import { invalidInput } from '../_platform/kit/errors'
import type { Store, StoredDoc } from '../_platform/store/port'
import { type BuildingPlace, buildingOf } from './places'

export interface UserDoc extends StoredDoc {
  name?: string
  phone?: string
  address?: unknown
}

/**
 * The home a caller may 同问 in: their current address, only once the household is verified (an
 * unverified resident may report, but not list or follow neighbours' reports). From the user record
 * the identity adapter has just read (Caller.address / householdVerified): no read of its own.
 */
export function verifiedHomeOf(caller: Caller): BoundAddress | null {
  return caller.householdVerified && caller.address ? caller.address : null
}

/** The caller's bound address, read from the server's record; null when they have none. */
export function boundAddressIn(user: UserDoc | null): BoundAddress | null {
  const parsed = BoundAddress.safeParse(user?.address)
  return parsed.success ? parsed.data : null
}

export async function boundAddressOf(store: Store, userId: string): Promise<BoundAddress | null> {
  return boundAddressIn(await store.collection<UserDoc>('users').get(userId))
}

export interface ReportPlaceInput {
  buildingId?: string
  place?: 'home' | 'elsewhere'
  /** for `elsewhere`: where, in the resident's words */
  where?: string
}

export interface ReportPlace {
  /** the place routing decides on: the caller's own building (also for `elsewhere`: the nearest known place) */
  routing: BuildingPlace
  /** stored on the order: the building for a home report, '' for a place outside home */
  buildingId: string
  /** e.g. '博泰佳苑 3号楼', or '其他地方：小区北门外人行道' */
  addressLabel: string
}

export const ELSEWHERE_LABEL = '其他地方'
const ELSEWHERE_PREFIX = `${ELSEWHERE_LABEL}：`

/** The resident's report place, checked against the address the server holds for them. */
export async function reportPlaceOf(
  store: Store,
  reporter: UserDoc | null,
  input: ReportPlaceInput,
): Promise<ReportPlace> {
  const home = boundAddressIn(reporter)
  if (!home) throw invalidInput('您还没有绑定住址，暂时不能报事，请联系社区绑定住址')
  const routing = await buildingOf(store, home.buildingId)
  if (input.place === 'elsewhere') {
    const where = input.where?.trim() ?? ''
    if (where.length < 2) throw invalidInput('请写明问题在哪里（至少2个字）')
    return { routing, buildingId: '', addressLabel: `${ELSEWHERE_PREFIX}${where}` }
  }
  if (input.buildingId && input.buildingId !== home.buildingId) {
    throw invalidInput('只能为您绑定的楼栋报事；别处的问题请选择“其他地方”并写明位置')
  }
  return { routing, buildingId: routing.building._id, addressLabel: routing.label }
}

/** A resident reports for their own building or a place outside home; a patrol names the building patrolled. */
export function orderPlaceOf(
  store: Store,
  reporter: UserDoc | null,
  input: ReportPlaceInput & { source: 'resident' | 'patrol' },
): Promise<ReportPlace> {
  if (input.source === 'resident') return reportPlaceOf(store, reporter, input)
  // a patrol: the building patrolled, or a road / public area near it (place 'elsewhere', in words)
  return buildingOf(store, input.buildingId ?? '').then((routing) =>
    input.place === 'elsewhere'
      ? {
          routing,
          buildingId: '',
          addressLabel: `${ELSEWHERE_PREFIX}${input.where?.trim() ?? ''}（${routing.estate.name}附近）`,
        }
      : { routing, buildingId: routing.building._id, addressLabel: routing.label },
  )
}
