import { DeleteAccountInput } from '../../types/signin'
import { action } from '../_platform/kit/define'
import { RESIDENT } from '../_platform/kit/roles'
import { deleteAccount as erase } from '../_services/account-deletion'

/**
 * 注销账号: the caller's own account, at once. Orders keep their history under 已注销用户; see
 * _services/account-deletion.ts for what is kept. Staff leave through org.removeStaff instead.
 */
export const deleteAccount = action({
  description: '注销账号（删除个人信息，工单记录显示为已注销用户）',
  input: DeleteAccountInput,
  roles: RESIDENT,
  async run({ caller, platform }) {
    await erase(platform.store, caller, platform.clock.now().toISOString())
    return { deleted: true as const }
  },
})
