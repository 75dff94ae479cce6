import { SaveBoardSettingsInput } from '../../types/board-settings'
import { action } from '../_platform/kit/define'
import { saveBoardSettings } from '../_services/board/settings'

/** Saves the admin's own street's board settings (weights total 100); the next compute uses them. */
export const saveSettings = action({
  description: '修改红黑榜评分设置（四项权重之和须为100，下次计算时生效）',
  input: SaveBoardSettingsInput,
  roles: ['street_admin'],
  run: ({ input, caller, platform, requestId }) => saveBoardSettings(platform, caller, input, requestId),
})
