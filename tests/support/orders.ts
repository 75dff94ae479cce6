/**
 * Typed order documents for tests and benchmarks, built by the same `newOrderDoc` the submit path
 * uses, so a field added to orders is added here too. Defaults: resident-a's stairwell light in
 * 博泰佳苑 3号楼, held by 刘师傅 of 博泰佳苑物业服务中心.
 */

import { type NewOrderFacts, newOrderDoc } from '../../cloudfunctions/_services/order-doc'
import type { OrderDoc } from '../../cloudfunctions/_services/orders'

export function orderFacts(over: Partial<NewOrderFacts> = {}): NewOrderFacts {
  const now = over.now ?? new Date('2026-11-24T02:00:00.000Z')
  return {
    id: 'wo_test',
    number: 'HB-20261124-0001',
    requestId: 'req-test',
    source: 'resident',
    channel: 'property',
    reporter: { id: 'u-resident-a', name: '王秀兰', phone: null },
    category: {
      code: 'stairwell_light',
      name: '楼道灯',
      urgent: false,
      acknowledgeHours: 2,
      resolveHours: 24,
      afterPhotoRequired: true,
    },
    place: {
      streetId: 'st-haibei',
      communityId: 'cm-beiyuan',
      gridId: 'gd-beiyuan-1',
      estateId: 'es-botai',
      buildingId: 'bd-botai-3',
      label: '博泰佳苑 3号楼',
    },
    description: '楼道灯不亮',
    photos: [],
    urgent: false,
    handler: {
      kind: 'property',
      orgId: 'pc-botai',
      orgName: '博泰佳苑物业服务中心',
      staffId: 'u-property-staff',
      staffName: '刘师傅',
    },
    routeReason: '已派给 博泰佳苑物业服务中心：楼道灯属物业服务范围',
    routeRuleId: 'r-cat-stairwell_light',
    deadlines: { acknowledgeBy: now.toISOString(), resolveBy: now.toISOString() },
    held: false,
    now,
    ...over,
  }
}

/** An order document; `patch` overrides fields after it is built (status, deadlines, …). */
export function orderDoc(over: Partial<NewOrderFacts> = {}, patch: Partial<OrderDoc> = {}): Omit<OrderDoc, '_v'> {
  return { ...newOrderDoc(orderFacts(over)), ...patch }
}
