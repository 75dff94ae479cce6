import { ProblemsInput } from '../../types/supervision'
import { action } from '../_platform/kit/define'
import { supervisionProblems } from '../_services/supervision/problems'
import { SUPERVISION_ROLES } from '../_services/supervision/scope'

/** 问题工单: orders of the scope reopened or transferred 3 times or more, for 督办. */
export const problems = action({
  description: '问题工单（重办或转派3次以上）',
  input: ProblemsInput,
  roles: SUPERVISION_ROLES,
  run: ({ input, caller, platform }) => supervisionProblems(platform, caller, input),
})
