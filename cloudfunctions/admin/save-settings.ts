import { SaveSettingsInput } from '../../types/admin'
import { action } from '../_platform/kit/define'
import { adminStreetOf, auditedEdit } from '../_services/admin-edits'
import { settingsIdOf } from '../_services/settings'

/** Sets some of the street's own settings (the rest keep the deployment's or the defaults). */
export const saveSettings = action({
  description: '修改街道设置',
  input: SaveSettingsInput,
  roles: ['street_admin'],
  async run({ input, caller, platform, requestId }) {
    const street = adminStreetOf(caller)
    const id = settingsIdOf(street)
    const current = await platform.store.collection('settings').get(id)
    const { _id, _v, ...before } = current ?? { _id: id, _v: 0 }
    return auditedEdit(platform, caller, requestId, {
      action: 'admin.saveSettings',
      collection: 'settings',
      id,
      body: { ...before, ...input.settings },
      expectedVersion: input.expectedVersion,
    })
  },
})
