import { ComputeInput } from '../../types/board'
import { action } from '../_platform/kit/define'
import { computeBoard } from '../_services/board/workflow'

/** 计算草稿: scores an ended quarter (again while not final). */
export const compute = action({
  description: '计算季度红黑榜草稿',
  input: ComputeInput,
  roles: ['street_admin'],
  run: ({ input, caller, platform, requestId }) => computeBoard(platform, caller, input.quarter, requestId),
})
