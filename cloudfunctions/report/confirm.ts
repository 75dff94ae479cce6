import { ConfirmInput } from '../../types/report'
import { confirmChange } from '../_core/workflow'
import { action } from '../_platform/kit/define'
import { RESIDENT } from '../_platform/kit/roles'
import { act } from '../_services/act'

/** The resident confirms the problem is fixed. */
export const confirm = action({
  description: '确认已解决',
  input: ConfirmInput,
  roles: RESIDENT,
  run: ({ input, caller, platform }) =>
    act(platform, caller, 'confirm', input, {
      build: ({ now }) => confirmChange(now),
    }),
})
