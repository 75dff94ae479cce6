import { DecideAppealInput } from '../../types/board'
import { action } from '../_platform/kit/define'
import { decideAppeal as decide } from '../_services/board/appeals'

/** 处理申诉: the street upholds or rejects; its decision is recorded and the board rescored. */
export const decideAppeal = action({
  description: '街道处理物业申诉（支持或驳回，记录处理意见）',
  input: DecideAppealInput,
  roles: ['street_admin'],
  texts: (input) => [input.note],
  run: ({ input, caller, platform, requestId }) => decide(platform, caller, input, requestId),
})
