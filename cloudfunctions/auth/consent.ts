import { ConsentInput } from '../../types/household'
import { action } from '../_platform/kit/define'
import { conflict } from '../_platform/kit/errors'
import { ANY_PERSON } from '../_platform/kit/roles'
import { loadOrCreateUser, usersOf } from '../_services/accounts'
import { privacyNotice } from '../_services/privacy-notice'

/** Records that the caller consented to the privacy notice of this version (only the current one). */
export const consent = action({
  description: '同意隐私保护说明',
  input: ConsentInput,
  roles: ANY_PERSON,
  async run({ input, caller, platform }) {
    const notice = await privacyNotice(platform.store)
    if (input.version !== notice.version) throw conflict('隐私保护说明已更新，请阅读最新版本后再同意')
    const at = platform.clock.now().toISOString()
    const user = await loadOrCreateUser(platform.store, caller, at)
    if (user.privacyConsent?.version !== notice.version) {
      await usersOf(platform.store).patch(user._id, { privacyConsent: { version: notice.version, at } })
    }
    return { version: notice.version }
  },
})
