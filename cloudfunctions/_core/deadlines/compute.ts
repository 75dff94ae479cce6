import type { Category, OfficeHours } from '../../../types/catalog'
import { DAY_MS, HOUR_MS } from './china-time'
import type { WorkCalendar } from './workdays'
import { addWorkingHours } from './working-hours'

export type DeadlineCategory = Pick<Category, 'urgent' | 'acknowledgeHours' | 'resolveHours'>

export interface Deadlines {
  /** ISO-8601 UTC */
  acknowledgeBy: string
  /** ISO-8601 UTC */
  resolveBy: string
}

/**
 * Acknowledge-by and resolve-by for an order created at `at`: calendar hours if urgent, else working
 * hours on the street's `calendar` (by default the national one: library data and statutory fallback).
 */
export function computeDeadlines(
  at: Date,
  category: DeadlineCategory,
  office?: OfficeHours,
  calendar?: WorkCalendar,
): Deadlines {
  const after = (hours: number) =>
    category.urgent
      ? new Date(at.getTime() + Math.round(hours * HOUR_MS))
      : addWorkingHours(at, hours, office, calendar)
  return {
    acknowledgeBy: after(category.acknowledgeHours).toISOString(),
    resolveBy: after(category.resolveHours).toISOString(),
  }
}

/** When a resolved order closes itself if the resident does nothing: `days` calendar days later (ISO UTC). */
export function autoCloseAt(resolvedAt: Date | string, days: number): string {
  return new Date(new Date(resolvedAt).getTime() + days * DAY_MS).toISOString()
}
