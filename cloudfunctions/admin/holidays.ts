import { HolidaysInput } from '../../types/admin'
import { action } from '../_platform/kit/define'
import { adminStreetOf } from '../_services/admin-edits'
import { holidaySettingsId, missingArrangementMessage, readHolidaySettings } from '../_services/holiday-settings'

/** The street's 放假安排 for a year (or null), with the settings' version an edit must name. */
export const holidays = action({
  description: '某年的放假安排',
  input: HolidaysInput,
  roles: ['street_admin'],
  async run({ input, caller, platform }) {
    const street = adminStreetOf(caller)
    const [doc, settings] = await Promise.all([
      platform.store.collection('settings').get(holidaySettingsId(street)),
      readHolidaySettings(platform.store, street),
    ])
    const arrangement = settings.arrangements.find((a) => a.year === input.year) ?? null
    return {
      arrangement,
      version: doc?._v ?? null,
      notice: arrangement ? null : missingArrangementMessage(input.year),
    }
  },
})
