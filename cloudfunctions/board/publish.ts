import { PublishInput } from '../../types/board'
import { action } from '../_platform/kit/define'
import { publishBoard } from '../_services/board/workflow'

/** 发布: draft → 公示 (5 working days) → 正式 (after the window, every appeal decided). */
export const publish = action({
  description: '发布红黑榜：公示或正式发布（公示期满且申诉均已处理）',
  input: PublishInput,
  roles: ['street_admin'],
  run: ({ input, caller, platform, requestId }) => publishBoard(platform, caller, input, requestId),
})
