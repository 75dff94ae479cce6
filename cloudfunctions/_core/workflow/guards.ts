/** Checks beyond state and relation, each with the Chinese reason a person reads. */
import { formatTime } from '../../../types/china-time'
import type { TableAction } from './transitions'

export interface GuardFacts {
  status: string
  handlerStaffId: string
  afterPhotoCount: number
  afterPhotoRequired: boolean
  rated: boolean
  whistlePending: boolean
  hasWhistle: boolean
  /** 催办: a nudge before this time is refused; null when none was made */
  nudgeAfter?: string | null
  /** the time of the decision (ISO), for time-bound guards; absent: those guards pass */
  now?: string
}

type Guard = (facts: GuardFacts) => string | null

export const GUARDS: Partial<Record<TableAction, Guard>> = {
  acknowledge: (f) => (f.handlerStaffId ? null : '该工单在抢单池中，请先抢单'),
  grab: (f) => (f.handlerStaffId ? '该工单已有人接单' : null),
  resolve: (f) => (f.afterPhotoRequired && f.afterPhotoCount === 0 ? '此类问题办结需上传处理后照片' : null),
  handle_on_spot: (f) => (f.afterPhotoCount === 0 ? '当场处置需上传处置后照片' : null),
  rate: (f) => (f.rated ? '您已评价过了' : null),
  reopen: (f) => (f.status === 'closed' && f.rated ? '已评价的报事不能重办，请重新报事' : null),
  whistle: (f) => (f.whistlePending ? '已吹哨，等待部门报到' : null),
  release: (f) => (f.handlerStaffId ? null : '该工单不在个人名下'),
  nudge: (f) =>
    f.nudgeAfter && f.now && f.now < f.nudgeAfter ? `您已催办过，${formatTime(f.nudgeAfter)} 后可再次催办` : null,
  whistle_report: (f) => (f.hasWhistle && f.whistlePending ? null : '没有待报到的吹哨'),
}

/** The facts of an order as stored; the caller adds what the action brings (after-photos) and the category's rule. */
export function orderFacts(
  order: {
    status: string
    handlerStaffId: string
    rating: unknown | null
    whistle: { reportedAt: string | null } | null
    nudgeAfter?: string | null
  },
  extra: { afterPhotoCount?: number; afterPhotoRequired?: boolean; now?: Date } = {},
): GuardFacts {
  return {
    status: order.status,
    handlerStaffId: order.handlerStaffId,
    afterPhotoCount: extra.afterPhotoCount ?? 0,
    afterPhotoRequired: extra.afterPhotoRequired ?? false,
    rated: order.rating !== null,
    whistlePending: order.whistle !== null && order.whistle.reportedAt === null,
    hasWhistle: order.whistle !== null,
    nudgeAfter: order.nudgeAfter ?? null,
    ...(extra.now ? { now: extra.now.toISOString() } : {}),
  }
}
