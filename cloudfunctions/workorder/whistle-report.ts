import { WhistleReportInput } from '../../types/report'
import { whistleReportChange } from '../_core/workflow'
import { action } from '../_platform/kit/define'
import { STAFF } from '../_platform/kit/roles'
import { act } from '../_services/act'
import { notifyRole } from '../_services/notify'

/** 报到: the whistled department answers. */
export const whistleReport = action({
  description: '部门报到（响应吹哨）',
  input: WhistleReportInput,
  roles: STAFF,
  run: ({ input, caller, platform }) =>
    act(platform, caller, 'whistle_report', input, {
      build: ({ order, now, caller }) => whistleReportChange(order, now, caller.name),
      after: ({ platform }, saved) =>
        notifyRole(
          platform,
          saved.communityId,
          ['community_admin'],
          saved,
          'workorder.whistle_report',
          `部门已报到：${saved.number}`,
          saved.whistle?.departmentName ?? '',
        ),
    }),
})
