/** Checks beyond state and relation, each with the Chinese reason a person reads. */
import { formatTime } from '../../../types/china-time'
import type { TableAction } from './transitions'

export interface GuardFacts {
  status: string
  handlerStaffId: string
  afterPhotoCount: number
  afterPhotoRequired: boolean
  rated: boolean
  /** rated, then reopened since, and not yet revised: one revision is allowed */
  rateRevisable?: boolean
  /** rated 未解决 (resolved: no) and never revised: one reopen is allowed */
  reopenAfterRating?: boolean
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
  rate: (f) => (f.rated && !f.rateRevisable ? '您已评价过了' : null),
  reopen: (f) => (f.status === 'closed' && f.rated && !f.reopenAfterRating ? '已评价的报事不能重办，请重新报事' : null),
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
    ...revisionFacts(order as { rating: RatingRevision | null; reopenCount?: number }),
    whistlePending: order.whistle !== null && order.whistle.reportedAt === null,
    hasWhistle: order.whistle !== null,
    nudgeAfter: order.nudgeAfter ?? null,
    ...(extra.now ? { now: extra.now.toISOString() } : {}),
  }
}

interface RatingRevision {
  reopenCount?: number
  revised?: boolean
  resolved?: string
}

/** One revision of a rating after a reopen closes; a reopen only for a rating that said 未解决. */
function revisionFacts(order: { rating: RatingRevision | null; reopenCount?: number }) {
  const r = order.rating
  if (!r || r.revised) return { rateRevisable: false, reopenAfterRating: false }
  return {
    rateRevisable: (order.reopenCount ?? 0) > (r.reopenCount ?? Number.POSITIVE_INFINITY),
    reopenAfterRating: r.resolved === 'no' && (order.reopenCount ?? 0) === (r.reopenCount ?? -1),
  }
}
