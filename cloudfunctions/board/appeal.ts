import { AppealInput } from '../../types/board'
import { action } from '../_platform/kit/define'
import { fileAppeal } from '../_services/board/appeals'

/** 申诉: a company's manager, during publicity, with a reason and evidence. */
export const appeal = action({
  description: '物业公司在公示期内申诉（理由和证据）',
  input: AppealInput,
  roles: ['property_manager'],
  texts: (input) => [input.reason, ...input.evidence],
  run: ({ input, caller, platform, requestId }) => fileAppeal(platform, caller, input, requestId),
})
