/**
 * 当场处置: a grid worker's patrol finding handled on the spot. The order is filed already resolved,
 * held by the reporter in their own grid, with the after-photos; the timeline reads 巡查上报 → 当场处置.
 * Pure: the caller commits the order and events in one transaction.
 */
import { autoCloseAt } from '../deadlines'
import type { Change } from './changes'
import { decideSteps } from './decide'
import type { GuardFacts } from './guards'
import type { Relation } from './relations'

export interface OnSpotInput {
  note: string
  photos: string[]
}

export function onSpotChange(now: Date, input: OnSpotInput, autoConfirmDays: number): Change {
  return {
    patch: {
      afterPhotos: input.photos,
      resolvedAt: now.toISOString(),
      nextDeadline: autoCloseAt(now, autoConfirmDays),
    },
    events: [{ action: 'handle_on_spot', note: input.note, photos: input.photos }],
  }
}

/** The facts of a just-filed patrol order (held, by the reporter) for the table to decide 当场处置 on. */
export function onSpotFacts(reporterId: string, afterPhotoCount: number): GuardFacts {
  return {
    status: 'held',
    handlerStaffId: reporterId,
    afterPhotoCount,
    afterPhotoRequired: true,
    rated: false,
    whistlePending: false,
    hasWhistle: false,
  }
}

/** Decides 当场处置 through the table: allowed only to the patroller, and only with an after-photo. */
export function decideOnSpot(relations: ReadonlySet<Relation>, reporterId: string, change: Change) {
  const photos = change.patch.afterPhotos?.length ?? 0
  return decideSteps(change.events, relations, onSpotFacts(reporterId, photos))
}
