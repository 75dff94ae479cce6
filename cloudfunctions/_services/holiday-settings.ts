/**
 * A street's published 放假安排 (types/holidays.ts), stored as the `settings/holidays:<streetId>`
 * document, and the working-day calendar deadlines count on: library data, the statutory fallback for
 * years the library lacks, and the street's arrangements over both (_core/deadlines/workdays.ts).
 */
import { HolidaySettings } from '../../types/holidays'
import type { Caller } from '../../types/identity'
import {
  chinaDayIndex,
  missingArrangementYear,
  NATIONAL_CALENDAR,
  type WorkCalendar,
  workCalendar,
} from '../_core/deadlines'
import type { Platform } from '../_platform/ports'
import type { Store } from '../_platform/store/port'
import { placesOf } from './places'
import { cachedRead } from './reference-cache'

export const holidaySettingsId = (streetId: string) => `holidays:${streetId}`

/** The street's arrangements, read now (not cached). A malformed document counts as none, loudly. */
export async function readHolidaySettings(store: Store, streetId: string): Promise<HolidaySettings> {
  const doc = await store.collection('settings').get(holidaySettingsId(streetId))
  if (!doc) return { arrangements: [] }
  const parsed = HolidaySettings.safeParse(doc)
  if (parsed.success) return parsed.data
  console.warn(`[holidays] settings/${holidaySettingsId(streetId)} is not valid; the national calendar applies`)
  return { arrangements: [] }
}

/** The street's working-day calendar, cached like other reference data. */
export function streetCalendar(store: Store, streetId: string): Promise<WorkCalendar> {
  return cachedRead(store, `calendar:${streetId}`, async () =>
    workCalendar((await readHolidaySettings(store, streetId)).arrangements),
  )
}

/** The street of an order or place: its own `streetId` when it has one, else its community's street. */
export async function streetIdOf(store: Store, at: { streetId?: string; communityId: string }): Promise<string> {
  if (at.streetId) return at.streetId
  const streetId = await cachedRead(store, `street-of:${at.communityId}`, async () => {
    const community = await placesOf(store).get(at.communityId)
    return community?.kind === 'community' ? community.parentId : ''
  })
  return streetId
}

/** The calendar an order's deadlines count on: its street's (the national one when it has none). */
export async function calendarFor(store: Store, at: { streetId?: string; communityId: string }): Promise<WorkCalendar> {
  const streetId = await streetIdOf(store, at)
  return streetId ? streetCalendar(store, streetId) : NATIONAL_CALENDAR
}

/** The street an admin acts for: a street admin's own, or a community admin's community's street. */
async function adminStreetId(store: Store, caller: Caller): Promise<string | null> {
  const street = caller.scopes.find((s) => s.role === 'street_admin')
  if (street) return street.orgId
  const community = caller.scopes.find((s) => s.role === 'community_admin')
  return community ? (await streetIdOf(store, { communityId: community.orgId })) || null : null
}

export function missingArrangementMessage(year: number): string {
  return `${year}年放假安排尚未录入：目前按法定节假日推算工作日（无调休上班日）。国务院公布后，请录入本街道的${year}年放假安排。`
}

/** For the admin dashboard: next (or this) year's 放假安排 is missing. Read fresh, so an entry shows at once. */
export async function holidayNotice(
  platform: Platform,
  caller: Caller,
): Promise<{ year: number; message: string } | null> {
  const streetId = await adminStreetId(platform.store, caller)
  if (!streetId) return null
  const settings = await readHolidaySettings(platform.store, streetId)
  const year = missingArrangementYear(platform.clock.now(), workCalendar(settings.arrangements))
  return year === null ? null : { year, message: missingArrangementMessage(year) }
}

/** the China day each store's streets were last checked */
const checkedDay = new WeakMap<Store, number>()

/**
 * Once per process and China day (the sweep calls it each run): log a warning for each street whose
 * next year's 放假安排 is missing from 1 November. The line names the street id and the year, no person.
 */
export async function warnMissingArrangements(platform: Platform): Promise<void> {
  const now = platform.clock.now()
  const today = chinaDayIndex(now.getTime())
  if (checkedDay.get(platform.store) === today) return
  checkedDay.set(platform.store, today)
  const streets = await placesOf(platform.store).find({ where: { kind: 'street' }, limit: 100 })
  for (const street of streets.items) {
    const settings = await readHolidaySettings(platform.store, street._id)
    const year = missingArrangementYear(now, workCalendar(settings.arrangements))
    if (year !== null) {
      console.warn(
        `[holidays] street ${street._id}: no 放假安排 for ${year} has been entered; working days follow the statutory fallback (no 调休) until settings/${holidaySettingsId(street._id)} has it`,
      )
    }
  }
}
