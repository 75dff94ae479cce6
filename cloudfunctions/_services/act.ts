/**
 * One staff or resident action on one order: load it, find how the caller stands to it, ask the
 * transition table, then commit the change with its timeline event(s) by compare-and-set.
 */
import type { Caller } from '../../types/identity'
import type { ActionOutput } from '../../types/report'
import { decide, type GuardFacts, relationsOf, type TableAction } from '../_core/workflow'
import { AppError, conflict } from '../_platform/kit/errors'
import type { Platform } from '../_platform/ports'
import { orderCategory } from './catalog'
import { type Change, commitChange, loadOrder, type OrderDoc } from './orders'

export interface ActInput {
  id: string
  version?: number
}

export interface ActContext {
  platform: Platform
  caller: Caller
  order: OrderDoc
  now: Date
}

export interface ActOptions {
  /** after-photos the action brings (resolve) */
  photos?: string[]
  build(ctx: ActContext, to: OrderDoc['status']): Promise<Omit<Change, 'to'>> | Omit<Change, 'to'>
  after?(ctx: ActContext, saved: OrderDoc): Promise<void>
}

export async function factsOf(platform: Platform, order: OrderDoc, photos: number): Promise<GuardFacts> {
  const category = await orderCategory(platform.store, order)
  return {
    status: order.status,
    handlerStaffId: order.handlerStaffId,
    afterPhotoCount: photos,
    afterPhotoRequired: category.afterPhotoRequired,
    rated: order.rating !== null,
    whistlePending: order.whistle !== null && order.whistle.reportedAt === null,
    hasWhistle: order.whistle !== null,
  }
}

export async function act(
  platform: Platform,
  caller: Caller,
  action: TableAction,
  input: ActInput,
  options: ActOptions,
): Promise<ActionOutput> {
  const order = await loadOrder(platform.store, input.id)
  if (input.version !== undefined && input.version !== order._v) throw conflict('该工单已被他人处理，已为您刷新')
  const verdict = decide(
    action,
    relationsOf(caller, order),
    await factsOf(platform, order, options.photos?.length ?? 0),
  )
  if (!verdict.ok) throw new AppError(verdict.code, verdict.message)
  const ctx: ActContext = { platform, caller, order, now: platform.clock.now() }
  const change = await options.build(ctx, verdict.to)
  const saved = await commitChange(platform.store, caller, order, { ...change, to: verdict.to }, ctx.now)
  await options.after?.(ctx, saved)
  return { id: saved._id, status: saved.status, version: saved._v }
}
