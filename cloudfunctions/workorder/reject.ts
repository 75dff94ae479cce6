import { RejectInput } from '../../types/report'
import { rejectChange } from '../_core/workflow'
import { action } from '../_platform/kit/define'
import { STAFF } from '../_platform/kit/roles'
import { act } from '../_services/act'
import { notifyResidents } from '../_services/notify'

/** 驳回: the community (or street) closes an invalid or duplicate report, telling the resident why. */
export const reject = action({
  description: '驳回工单（无效或重复，需写明原因）',
  input: RejectInput,
  roles: STAFF,
  texts: (input) => [input.reason],
  run: ({ input, caller, platform }) =>
    act(platform, caller, 'reject', input, {
      build: ({ now }) => rejectChange(now, input.reason),
      after: ({ platform }, saved) =>
        notifyResidents(platform, saved, 'workorder.rejected', `报事 ${saved.number} 未受理`, input.reason),
    }),
})
