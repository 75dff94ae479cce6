import { WhistleInput } from '../../types/report'
import { whistleChange } from '../_core/workflow'
import { action } from '../_platform/kit/define'
import { invalidInput } from '../_platform/kit/errors'
import { STAFF } from '../_platform/kit/roles'
import { act } from '../_services/act'
import { notifyRole } from '../_services/notify'
import { workflowSettings } from '../_services/settings'
import { transferTargetsOf } from '../_services/targets'

/** 吹哨: a community admin pulls in one of the street's departments, which must 报到 within its own deadline. */
export const whistle = action({
  description: '吹哨：请职能部门报到协办',
  input: WhistleInput,
  roles: STAFF,
  texts: (input) => [input.note],
  run: ({ input, caller, platform }) =>
    act(platform, caller, 'whistle', input, {
      async build({ order, now, caller }) {
        const orgs = await transferTargetsOf(platform, caller, order)
        const dept = orgs.find((o) => o.id === input.departmentId && o.kind === 'department')
        if (!dept) throw invalidInput('请选择本街道的职能部门')
        const settings = await workflowSettings(platform.store, order.streetId)
        return whistleChange(order, now, {
          department: dept,
          note: input.note,
          by: caller.name,
          reportHours: settings.whistleReportHours,
        })
      },
      after: ({ platform }, saved) =>
        notifyRole(
          platform,
          input.departmentId,
          ['department_officer'],
          saved,
          'workorder.whistle',
          `吹哨报到：${saved.number}`,
          input.note,
        ),
    }),
})

/** @deprecated the old name of `whistle`, kept for one release so clients that send it keep working. */
export const escalate = action({
  ...whistle,
  description: '（已弃用，请改用 whistle）吹哨：请职能部门报到协办',
})
