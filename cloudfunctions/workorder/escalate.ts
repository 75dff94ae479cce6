import { EscalateInput } from '../../types/report'
import { action } from '../_platform/kit/define'
import { invalidInput } from '../_platform/kit/errors'
import { STAFF } from '../_platform/kit/roles'
import { act } from '../_services/act'
import { notifyRole } from '../_services/notify'
import { minDeadline } from '../_services/order-deadlines'
import { orgsOf } from '../_services/places'
import { workflowSettings } from '../_services/settings'

const HOUR_MS = 3_600_000

/** 吹哨: a community admin pulls in a street department, which must 报到 within its own deadline. */
export const escalate = action({
  description: '吹哨：请职能部门报到协办',
  input: EscalateInput,
  roles: STAFF,
  texts: (input) => [input.note],
  handler: ({ input, caller, platform }) =>
    act(platform, caller!, 'whistle', input, {
      async build({ order, now, caller }) {
        const dept = await orgsOf(platform.store).get(input.departmentId)
        if (dept?.kind !== 'department') throw invalidInput('请选择职能部门')
        const settings = await workflowSettings(platform.store, order.streetId)
        const whistle = {
          departmentId: dept._id,
          departmentName: dept.name,
          note: input.note,
          by: caller.name,
          at: now.toISOString(),
          reportBy: new Date(now.getTime() + settings.whistleReportHours * HOUR_MS).toISOString(),
          reportedAt: null,
        }
        return {
          patch: { whistle, whistleDeptId: dept._id, nextDeadline: minDeadline(order.nextDeadline, { whistle }) },
          events: [{ action: 'whistle', note: `吹哨 ${dept.name}：${input.note}` }],
        }
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
