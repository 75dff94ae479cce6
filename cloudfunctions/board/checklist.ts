import { ChecklistInput } from '../../types/board'
import { action } from '../_platform/kit/define'
import { scoreChecklist } from '../_services/board/scorecards'

/** 社区考评: the community scores a company serving it (4 items of 25). */
export const checklist = action({
  description: '社区季度考评物业（4项，每项25分）',
  input: ChecklistInput,
  roles: ['community_admin'],
  texts: (input) => [input.note],
  run: ({ input, caller, platform, requestId }) => scoreChecklist(platform, caller, input, requestId),
})
