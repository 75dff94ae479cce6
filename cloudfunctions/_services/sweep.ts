/**
 * The escalation sweep (a CloudBase timer trigger; an interval in the local host): overdue open
 * orders go one rung up the ladder, a department late to 报到 is reported to the street, and
 * resolved orders the resident left alone are confirmed on their behalf.
 */
import type { Caller } from '../../types/identity'
import type { SweepOutput } from '../../types/report'
import { escalationStep, MAX_ESCALATION_LEVEL, shouldAutoClose } from '../_core/escalation'
import type { Platform } from '../_platform/ports'
import { releaseHeld } from './held-orders'
import { warnMissingArrangements } from './holiday-settings'
import { notifyResidents, notifyRole } from './notify'
import { baseDeadline } from './order-deadlines'
import { commitChange, NO_DEADLINE, type OrderDoc, ordersOf } from './orders'
import { backfillOrderStreets } from './places'
import { escalationPolicyOf, workflowSettings } from './settings'

const BATCH = 100
const MAX_PER_RUN = 2000

export async function sweep(platform: Platform, caller: Caller): Promise<SweepOutput> {
  const { store, clock } = platform
  const now = clock.now()
  const nowIso = now.toISOString()
  const settings = await workflowSettings(store)
  await backfillOrderStreets(store)
  await warnMissingArrangements(platform)
  const held = await releaseHeld(platform, caller)
  const out: SweepOutput = {
    escalated: 0,
    autoClosed: 0,
    whistleOverdue: 0,
    released: held.released,
    checkedAt: nowIso,
  }

  const seen = new Set<string>()
  for (let done = 0; done < MAX_PER_RUN; ) {
    const page = await ordersOf(store).find({
      where: { statusGroup: 'open', nextDeadline: { lt: nowIso }, escalationLevel: { lt: MAX_ESCALATION_LEVEL } },
      orderBy: [['nextDeadline', 'asc']],
      limit: BATCH,
    })
    const fresh = page.items.filter((o) => !seen.has(o._id))
    if (fresh.length === 0) break
    for (const order of fresh) {
      seen.add(order._id)
      done++
      const result = await escalateOne(platform, caller, order, now).catch(skipConflict)
      if (result === 'escalated') out.escalated++
      if (result === 'whistle') out.whistleOverdue++
    }
  }

  for (let done = 0; done < MAX_PER_RUN; ) {
    const page = await ordersOf(store).find({
      where: { statusGroup: 'fixed', nextDeadline: { lt: nowIso } },
      orderBy: [['nextDeadline', 'asc']],
      limit: BATCH,
    })
    const due = page.items.filter((o) => shouldAutoClose(o, now) && !seen.has(o._id))
    if (due.length === 0) break
    for (const order of due) {
      seen.add(order._id)
      done++
      const closed = await commitChange(
        store,
        caller,
        order,
        {
          to: 'closed',
          patch: { closedAt: nowIso, nextDeadline: NO_DEADLINE },
          events: [{ action: 'auto_close', note: `办结后${settings.autoConfirmDays}天未确认，系统自动确认` }],
        },
        now,
      ).catch(skipConflict)
      if (closed) out.autoClosed++
    }
  }
  return out
}

async function escalateOne(platform: Platform, caller: Caller, order: OrderDoc, now: Date) {
  const nowIso = now.toISOString()
  const whistle = order.whistle
  if (whistle && whistle.reportedAt === null && whistle.reportBy < nowIso && !order.whistleOverdueNotified) {
    await commitChange(
      platform.store,
      caller,
      order,
      {
        to: order.status,
        patch: { nextDeadline: baseDeadline(order), whistleOverdueNotified: true } as Partial<OrderDoc>,
        events: [{ action: 'escalate', note: `${whistle.departmentName}未按时报到，已报告街道` }],
      },
      now,
    )
    await notifyRole(
      platform,
      order.streetId,
      ['street_admin'],
      order,
      'workorder.whistle_overdue',
      `吹哨未报到：${order.number}`,
      `${whistle.departmentName}未在时限内报到`,
    )
    return 'whistle' as const
  }
  const step = escalationStep(order, now, escalationPolicyOf(await workflowSettings(platform.store, order.streetId)))
  if (!step) return null
  const saved = await commitChange(
    platform.store,
    caller,
    order,
    {
      to: order.status,
      patch: { escalationLevel: step.toLevel, nextDeadline: step.nextDeadline },
      events: [{ action: 'escalate', note: step.note }],
    },
    now,
  )
  await notifyRole(
    platform,
    step.notify.orgId,
    [step.notify.role],
    saved,
    'workorder.escalated',
    `超时升级：${saved.number}`,
    step.note,
  )
  if (step.toLevel === 1) {
    await notifyResidents(
      platform,
      saved,
      'workorder.escalated',
      `您的报事 ${saved.number} 已催办`,
      '处理超时，已升级督办',
    )
  }
  return 'escalated' as const
}

function skipConflict(error: unknown): null {
  if (
    error instanceof Error &&
    (error.name === 'StoreConflictError' || (error as { code?: string }).code === 'CONFLICT')
  )
    return null
  throw error
}
