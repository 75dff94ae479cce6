import { SettingsInput } from '../../types/admin'
import { action } from '../_platform/kit/define'
import { adminStreetOf } from '../_services/admin-edits'
import { settingsIdOf, workflowSettings } from '../_services/settings'

/** The settings in force for the admin's street, what the street set itself, and its version. */
export const settings = action({
  description: '街道设置（办公时间、限额、编号前缀、催办梯度等）',
  input: SettingsInput,
  roles: ['street_admin'],
  async run({ caller, platform }) {
    const street = adminStreetOf(caller)
    const own = await platform.store.collection('settings').get(settingsIdOf(street))
    const { _id, _v, ...set } = own ?? { _id: '', _v: 0 }
    return { inForce: await workflowSettings(platform.store, street), own: set, version: own?._v ?? null }
  },
})
