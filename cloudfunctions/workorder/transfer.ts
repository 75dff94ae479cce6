import { TransferInput } from '../../types/report'
import { computeDeadlines } from '../_core/deadlines'
import { action } from '../_platform/kit/define'
import { invalidInput } from '../_platform/kit/errors'
import { STAFF } from '../_platform/kit/roles'
import { act } from '../_services/act'
import { orderCategory } from '../_services/catalog'
import { calendarFor } from '../_services/holiday-settings'
import { notifyHandler } from '../_services/notify'
import { orgsOf } from '../_services/places'
import { pickStaff } from '../_services/rosters'
import { workflowSettings } from '../_services/settings'

/** 转派 (e.g. grid → property) or a community's re-dispatch of a returned order, with a reason and fresh deadlines. */
export const transfer = action({
  description: '转派 / 改派工单（需写明原因）',
  input: TransferInput,
  roles: STAFF,
  texts: (input) => [input.reason],
  handler: ({ input, caller, platform }) =>
    act(platform, caller!, 'transfer', input, {
      async build({ order, now }) {
        const { store } = platform
        const org = await orgsOf(store).get(input.toOrgId)
        if (!org || org.kind !== input.toKind) throw invalidInput('转派目标单位不存在')
        if (org._id === order.handlerOrgId && order.status !== 'returned')
          throw invalidInput('已在该单位办理，无需转派')
        const staff = await pickStaff(store, input.toKind, org._id)
        const settings = await workflowSettings(store, order.streetId)
        const category = await orderCategory(store, order)
        const calendar = await calendarFor(store, order)
        const deadlines = computeDeadlines(now, { ...category, urgent: order.urgent }, settings.officeHours, calendar)
        return {
          patch: {
            handlerKind: input.toKind,
            handlerOrgId: org._id,
            handlerOrgName: org.name,
            handlerStaffId: staff?.id ?? '',
            handlerStaffName: staff?.name ?? '',
            routeReason: `已转派给 ${org.name}：${input.reason}`,
            ...deadlines,
            nextDeadline: deadlines.acknowledgeBy,
            escalationLevel: 0,
          },
          events: [{ action: 'transfer', note: `转派给 ${org.name}：${input.reason}` }],
        }
      },
      after: ({ platform }, saved) =>
        notifyHandler(
          platform,
          saved,
          'workorder.assigned',
          `转派工单 ${saved.number}`,
          `${saved.categoryName} · ${saved.addressLabel}`,
        ),
    }),
})
