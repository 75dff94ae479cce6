/** Who hears about a change: the reporter and followers, the handler (or the org's pool), escalation targets. */
import type { Role } from '../../types/identity'
import type { Platform } from '../_platform/ports'
import type { OrderDoc } from './orders'
import { membersOf } from './rosters'
import { sendNotifications } from './send-notifications'
import { neighbourNotice } from './views'

const RESIDENT_PAGE = (id: string) => `pages/report/detail/index?id=${id}`
const STAFF_PAGE = (id: string) => `packageStaff/pages/order/index?id=${id}`

/** One notice to each of these people, once each. */
export async function sendAll(
  platform: Platform,
  userIds: string[],
  template: string,
  title: string,
  body: string,
  page: string,
) {
  const unique = [...new Set(userIds.filter(Boolean))]
  await sendNotifications(
    platform,
    unique.map((toUserId) => ({ toUserId, template, title, body, page })),
  )
}

export async function followersOf(platform: Platform, orderId: string): Promise<string[]> {
  const page = await platform.store.collection('follows').find({ where: { orderId }, limit: 500 })
  return page.items.map((f) => String(f.userId))
}

export async function notifyResidents(
  platform: Platform,
  order: OrderDoc,
  template: string,
  title: string,
  body: string,
) {
  const followers = (await followersOf(platform, order._id)).filter((id) => id !== order.reporterId)
  // followers (同问) hear the neighbour view only: no staff name, no reason written for the reporter
  const notice = neighbourNotice(order, template)
  await Promise.all([
    sendAll(platform, [order.reporterId], template, title, body, RESIDENT_PAGE(order._id)),
    sendAll(platform, followers, template, notice.title, notice.body, RESIDENT_PAGE(order._id)),
  ])
}

export async function notifyHandler(
  platform: Platform,
  order: OrderDoc,
  template: string,
  title: string,
  body: string,
) {
  const to = order.handlerStaffId
    ? [order.handlerStaffId]
    : (await membersOf(platform.store, order.handlerOrgId)).map((m) => m.userId)
  await sendAll(platform, to, template, title, body, STAFF_PAGE(order._id))
}

export async function notifyRole(
  platform: Platform,
  orgId: string,
  roles: readonly Role[],
  order: OrderDoc,
  template: string,
  title: string,
  body: string,
) {
  const to = (await membersOf(platform.store, orgId, roles)).map((m) => m.userId)
  await sendAll(platform, to, template, title, body, STAFF_PAGE(order._id))
}

/** 签收 or 抢单: the reporter and followers hear who took it. */
export function notifyAcknowledged(platform: Platform, order: OrderDoc, by: { name: string }) {
  return notifyResidents(
    platform,
    order,
    'workorder.acknowledged',
    `报事 ${order.number} 已签收`,
    `${by.name}（${order.handlerOrgName}）已签收，正在处理`,
  )
}
