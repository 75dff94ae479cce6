import { SaveHolidaysInput } from '../../types/admin'
import { HolidaySettings } from '../../types/holidays'
import { action } from '../_platform/kit/define'
import { invalidInput } from '../_platform/kit/errors'
import { adminStreetOf, auditedEdit } from '../_services/admin-edits'
import { holidaySettingsId, readHolidaySettings } from '../_services/holiday-settings'

/** Enters or replaces one year's 放假安排; deadlines counted from now on follow it. */
export const saveHolidays = action({
  description: '录入某年的放假安排（含调休上班日）',
  input: SaveHolidaysInput,
  roles: ['street_admin'],
  async run({ input, caller, platform, requestId }) {
    const street = adminStreetOf(caller)
    const { arrangements } = await readHolidaySettings(platform.store, street)
    const next = HolidaySettings.safeParse({
      arrangements: [...arrangements.filter((a) => a.year !== input.arrangement.year), input.arrangement].sort(
        (a, b) => a.year - b.year,
      ),
    })
    if (!next.success) throw invalidInput(next.error.issues[0]?.message ?? '放假安排有误')
    return auditedEdit(platform, caller, requestId, {
      action: 'admin.saveHolidays',
      collection: 'settings',
      id: holidaySettingsId(street),
      body: { arrangements: next.data.arrangements },
      expectedVersion: input.expectedVersion,
    })
  },
})
