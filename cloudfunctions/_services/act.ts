/**
 * One staff or resident action on one order: load it, find how the caller stands to it, ask the
 * transition table, build the change (a pure builder in `_core/workflow/changes.ts`), then commit
 * it (the table checks every step again) and notify.
 */
import type { Caller } from '../../types/identity'
import type { ActionOutput } from '../../types/report'
import { type Change, decide, type GuardFacts, orderFacts, relationsOf, type TableAction } from '../_core/workflow'
import { AppError, conflict } from '../_platform/kit/errors'
import type { Platform } from '../_platform/ports'
import { orderCategory } from './catalog'
import { commitChange, loadOrder, type OrderDoc } from './orders'

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
  /** loads what the change needs and calls its builder; the table has already allowed the action */
  build(ctx: ActContext): Promise<Change> | Change
  after?(ctx: ActContext, saved: OrderDoc): Promise<void>
}

export async function factsOf(platform: Platform, order: OrderDoc, photos: number, now?: Date): Promise<GuardFacts> {
  const category = await orderCategory(platform.store, order)
  return orderFacts(order, { afterPhotoCount: photos, afterPhotoRequired: category.afterPhotoRequired, now })
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
  const relations = relationsOf(caller, order)
  const now = platform.clock.now()
  const facts = await factsOf(platform, order, options.photos?.length ?? 0, now)
  const verdict = decide(action, relations, facts)
  if (!verdict.ok) throw new AppError(verdict.code, verdict.message)
  const ctx: ActContext = { platform, caller, order, now }
  const change = await options.build(ctx)
  if (change.events[0]?.action !== action) throw new Error(`act: the ${action} change must start with its own step`)
  const saved = await commitChange(platform.store, { caller, relations, facts }, order, change, ctx.now)
  await options.after?.(ctx, saved)
  return { id: saved._id, status: saved.status, version: saved._v }
}
