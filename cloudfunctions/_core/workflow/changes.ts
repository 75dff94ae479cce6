/**
 * Change builders: for each action, the order patch and timeline event(s) it writes, computed as a
 * pure function of the order and what the action brings (input, the clock's `now`, settings and
 * anything the handler loaded). The status is not theirs to set: the transition table decides it
 * when the change is committed. Handlers load, call one of these, commit and notify.
 */
import type { HandlerKind, OfficeHours } from '../../../types/catalog'
import { STARS_WORDS } from '../../../types/labels'
import type { OrderRatingFields } from '../../../types/rating'
import type { Rating, Whistle, WorkOrder } from '../../../types/workorder'
import { addWorkingHours, autoCloseAt, type Deadlines, type WorkCalendar } from '../deadlines'
import { type EscalationStep, needsSupervision } from '../escalation'
import type { Step } from './decide'
import { baseDeadline, minDeadline, NO_DEADLINE } from './order-deadlines'

export type OrderPatch = Partial<WorkOrder> & { whistleDeptId?: string; whistleOverdueNotified?: boolean }

export interface ChangeEvent extends Step {
  note?: string
  photos?: string[]
  /** a rate step: the rating (supervision reads it off the event) */
  rating?: Rating
  /** a return step within the grace after dispatch: not charged to the holder */
  quickReturn?: boolean
}

/** A return within this many working hours of dispatch is not charged to the holder. */
export const RETURN_GRACE_HOURS = 2

export interface Change {
  patch: OrderPatch
  events: ChangeEvent[]
}

type Order = Pick<
  WorkOrder,
  'status' | 'nextDeadline' | 'acknowledgeBy' | 'resolveBy' | 'whistle' | 'closedAt' | 'reopenCount' | 'supervised'
> & { routeReason?: string; rating?: Rating | null }

const HOUR_MS = 3_600_000

/** The order as it reads after a fresh dispatch: deadlines from now, the ladder back at its foot. */
const freshClock = (deadlines: Deadlines): OrderPatch => ({
  ...deadlines,
  nextDeadline: deadlines.acknowledgeBy,
  escalationLevel: 0,
})

export function acknowledgeChange(order: Order): Change {
  return {
    patch: { nextDeadline: minDeadline(order.resolveBy, order), escalationLevel: 0 },
    events: [{ action: 'acknowledge', note: '已签收，将尽快处理' }],
  }
}

export function grabChange(order: Order, staff: { id: string; name: string }): Change {
  return {
    patch: {
      handlerStaffId: staff.id,
      handlerStaffName: staff.name,
      nextDeadline: minDeadline(order.resolveBy, order),
      escalationLevel: 0,
    },
    events: [{ action: 'grab', note: `${staff.name}抢单并签收` }],
  }
}

export function progressChange(input: { note: string; photos: string[] }): Change {
  return { patch: {}, events: [{ action: 'progress', note: input.note, photos: input.photos }] }
}

export function resolveChange(now: Date, input: { note: string; photos: string[] }, autoConfirmDays: number): Change {
  return {
    patch: {
      afterPhotos: input.photos,
      resolvedAt: now.toISOString(),
      nextDeadline: autoCloseAt(now, autoConfirmDays),
    },
    events: [{ action: 'resolve', note: input.note, photos: input.photos }],
  }
}

export interface TransferTo {
  org: { id: string; kind: HandlerKind; name: string }
  /** the member picked to hold it, or null: the org's pool */
  staff: { id: string; name: string } | null
  deadlines: Deadlines
  reason: string
}

/** 转派: a new handler and fresh deadlines. The order's place (estate, grid, community, street) never changes. */
export function transferChange(to: TransferTo): Change {
  return {
    patch: {
      handlerKind: to.org.kind,
      handlerOrgId: to.org.id,
      handlerOrgName: to.org.name,
      handlerStaffId: to.staff?.id ?? '',
      handlerStaffName: to.staff?.name ?? '',
      routeReason: `已转派给 ${to.org.name}：${to.reason}`,
      ...freshClock(to.deadlines),
    },
    events: [{ action: 'transfer', note: `转派给 ${to.org.name}：${to.reason}` }],
  }
}

/** 退回: the holder lets go; the community must re-dispatch within `redispatchHours` working hours. */
export function returnChange(
  now: Date,
  reason: string,
  settings: { redispatchHours: number; officeHours?: OfficeHours; calendar?: WorkCalendar },
  /** when the holder's clock started (its dispatch or transfer); unknown: not a quick return */
  dispatchedAt?: string,
): Change {
  const graceEnd =
    dispatchedAt && addWorkingHours(new Date(dispatchedAt), RETURN_GRACE_HOURS, settings.officeHours, settings.calendar)
  const quickReturn = !!graceEnd && now.getTime() <= graceEnd.getTime()
  return {
    patch: {
      handlerStaffId: '',
      handlerStaffName: '',
      nextDeadline: addWorkingHours(
        now,
        settings.redispatchHours,
        settings.officeHours,
        settings.calendar,
      ).toISOString(),
      escalationLevel: 0,
    },
    events: [{ action: 'return', note: reason, ...(quickReturn ? { quickReturn } : {}) }],
  }
}

/** 驳回 by the community or street, with its reason. */
export function rejectChange(now: Date, reason: string): Change {
  return {
    patch: { closedAt: now.toISOString(), nextDeadline: NO_DEADLINE },
    events: [{ action: 'reject', note: reason }],
  }
}

export interface WhistleArgs {
  department: { id: string; name: string }
  note: string
  /** who blows the whistle, as the timeline names them */
  by: string
  reportHours: number
}

/** 吹哨: a department must 报到 within its own deadline, which the sweep watches too. */
export function whistleChange(order: Order, now: Date, input: WhistleArgs): Change {
  const whistle: Whistle = {
    departmentId: input.department.id,
    departmentName: input.department.name,
    note: input.note,
    by: input.by,
    at: now.toISOString(),
    reportBy: new Date(now.getTime() + input.reportHours * HOUR_MS).toISOString(),
    reportedAt: null,
  }
  return {
    patch: { whistle, whistleDeptId: whistle.departmentId, nextDeadline: minDeadline(order.nextDeadline, { whistle }) },
    events: [{ action: 'whistle', note: `吹哨 ${whistle.departmentName}：${input.note}` }],
  }
}

/** 报到: the whistled department answers; the order's own deadline is back in view. */
export function whistleReportChange(order: Order, now: Date, officerName: string): Change {
  return {
    patch: {
      whistle: order.whistle && { ...order.whistle, reportedAt: now.toISOString() },
      nextDeadline: baseDeadline(order),
    },
    events: [{ action: 'whistle_report', note: `${order.whistle?.departmentName ?? ''}${officerName}已报到` }],
  }
}

export function confirmChange(now: Date): Change {
  return {
    patch: { closedAt: now.toISOString(), nextDeadline: NO_DEADLINE },
    events: [{ action: 'confirm', note: '居民确认问题已解决' }],
  }
}

export function rateChange(
  order: Order,
  now: Date,
  input: { stars: number; tags: string[]; comment?: string } & OrderRatingFields,
): Change {
  const revising = order.rating != null
  const { stars, tags, comment, overall, speed, attitude, resolved, satisfaction } = input
  const rating: Rating = {
    stars,
    tags,
    comment,
    at: now.toISOString(),
    ...definedOnly({ overall, speed, attitude, resolved, satisfaction }),
    reopenCount: order.reopenCount,
    ...(revising ? { revised: true } : {}),
  }
  return {
    patch: { rating, closedAt: order.closedAt ?? now.toISOString(), nextDeadline: NO_DEADLINE },
    events: [
      {
        action: 'rate',
        note: [
          revising ? '修改评价' : '',
          `${'★'.repeat(stars)}${'☆'.repeat(5 - stars)}`,
          satisfaction ?? STARS_WORDS[stars] ?? '',
          resolved ? (resolved === 'yes' ? '已解决' : '未解决') : '',
          ...tags,
          comment ?? '',
        ]
          .filter(Boolean)
          .join(' '),
        rating,
      },
    ],
  }
}

function definedOnly<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>
}

export function cancelChange(now: Date, reason: string | undefined): Change {
  return {
    patch: { closedAt: now.toISOString(), nextDeadline: NO_DEADLINE },
    events: [{ action: 'cancel', note: reason ?? '居民撤销' }],
  }
}

/** The name the system signs supervision with on the timeline. */
export const SUPERVISOR_SYSTEM_NAME = '小北督办'

/**
 * 不满意重办: back to the same handler with fresh deadlines. Past the reopen limit the system puts the
 * order under 督办 in the same change (its own `supervise` step, decided for the system).
 */
export function reopenChange(order: Order, reason: string, deadlines: Deadlines): Change {
  const reopenCount = order.reopenCount + 1
  const supervised = order.supervised || needsSupervision(reopenCount)
  return {
    patch: {
      reopenCount,
      supervised,
      ...freshClock(deadlines),
      resolvedAt: null,
      closedAt: null,
      afterPhotos: [],
    },
    events: [
      { action: 'reopen', note: reason },
      ...(supervised && !order.supervised
        ? [{ action: 'supervise' as const, note: `已重办${reopenCount}次，列入督办`, system: SUPERVISOR_SYSTEM_NAME }]
        : []),
    ],
  }
}

/** The sweep: one rung up the ladder. */
export function escalateChange(step: EscalationStep): Change {
  return {
    patch: { escalationLevel: step.toLevel, nextDeadline: step.nextDeadline },
    events: [{ action: 'escalate', note: step.note }],
  }
}

/** Whether the whistled department is late to 报到 and the street has not been told yet. */
export function whistleOverdue(order: Order & { whistleOverdueNotified?: boolean }, now: Date): boolean {
  const w = order.whistle
  return !!w && w.reportedAt === null && w.reportBy < now.toISOString() && !order.whistleOverdueNotified
}

/** The sweep: the whistled department missed its 报到; the street is told once. */
export function whistleOverdueChange(order: Order): Change {
  return {
    patch: { nextDeadline: baseDeadline(order), whistleOverdueNotified: true },
    events: [{ action: 'escalate', note: `${order.whistle?.departmentName ?? ''}未按时报到，已报告街道` }],
  }
}

/** The sweep: a resolved order the resident left alone is confirmed on their behalf. */
export function autoCloseChange(now: Date, autoConfirmDays: number): Change {
  return {
    patch: { closedAt: now.toISOString(), nextDeadline: NO_DEADLINE },
    events: [{ action: 'auto_close', note: `办结后${autoConfirmDays}天未确认，系统自动确认` }],
  }
}

/** A held order whose photo check cleared (or never answered): dispatched; its deadlines start now. */
export function releaseHeldChange(order: Order, deadlines: Deadlines, stillChecking: boolean): Change {
  const reason = order.routeReason ?? ''
  return {
    patch: { ...deadlines, nextDeadline: deadlines.acknowledgeBy },
    events: [
      {
        action: 'dispatch',
        note: stillChecking ? `照片审核未返回，先行派单（照片审核通过后可见）。${reason}` : reason,
      },
    ],
  }
}

/** A held order with a rejected photo: not taken in; the resident is told why. */
export function rejectHeldChange(): Change {
  return {
    patch: { nextDeadline: NO_DEADLINE },
    events: [{ action: 'reject', note: '照片未通过内容审核，报事未受理，请重新拍照提交' }],
  }
}

/**
 * The holder's staff role ended: the order goes back to its org's pool, or to the colleague who takes
 * it (communities and departments have no pool screen). The system's step, noting who removed them.
 */
export function releaseChange(
  order: Pick<WorkOrder, 'handlerStaffName' | 'handlerOrgName'>,
  next: { id: string; name: string } | null,
  removedBy: string,
): Change {
  const who = order.handlerStaffName || '原经办人'
  const then = next ? `改由${next.name}办理` : '工单退回待领取'
  return {
    patch: { handlerStaffId: next?.id ?? '', handlerStaffName: next?.name ?? '' },
    events: [
      {
        action: 'release',
        note: `${who}已不在${order.handlerOrgName}任职（${removedBy}调整），${then}`,
        system: '小北改派',
      },
    ],
  }
}
