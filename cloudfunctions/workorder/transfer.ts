import { TransferInput } from '../../types/report'
import { transferChange } from '../_core/workflow'
import { action } from '../_platform/kit/define'
import { invalidInput } from '../_platform/kit/errors'
import { STAFF } from '../_platform/kit/roles'
import { act } from '../_services/act'
import { notifyHandler } from '../_services/notify'
import { freshDeadlines } from '../_services/order-deadlines'
import { pickStaff } from '../_services/rosters'
import { transferTargetsOf } from '../_services/targets'

/**
 * 转派 (e.g. grid → property) or a community's re-dispatch of a returned order, with a reason and
 * fresh deadlines; only to an org on the order's `targets` list. The order stays in its place.
 */
export const transfer = action({
  description: '转派 / 改派工单（需写明原因）',
  input: TransferInput,
  roles: STAFF,
  texts: (input) => [input.reason],
  run: ({ input, caller, platform }) =>
    act(platform, caller, 'transfer', input, {
      async build({ order, now, caller }) {
        if (input.toOrgId === order.handlerOrgId && order.status !== 'returned')
          throw invalidInput('已在该单位办理，无需转派')
        const org = (await transferTargetsOf(platform, caller, order)).find(
          (o) => o.id === input.toOrgId && o.kind === input.toKind,
        )
        if (!org) throw invalidInput('该单位不在本工单的可转派范围内')
        const [staff, deadlines] = await Promise.all([
          pickStaff(platform.store, org.kind, org.id),
          freshDeadlines(platform, order, now),
        ])
        return transferChange({ org, staff, deadlines, reason: input.reason })
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
