import { BoardSettingsInput } from '../../types/board-settings'
import { action } from '../_platform/kit/define'
import { readBoardSettings } from '../_services/board/settings'

/** 评分设置 of the admin's own street: the weights and the rest in force, the defaults, the version. */
export const settings = action({
  description: '红黑榜评分设置（四项权重、最少样本、公示期等）',
  input: BoardSettingsInput,
  roles: ['street_admin'],
  run: ({ caller, platform }) => readBoardSettings(platform, caller),
})
