/**
 * Workflow settings a street can change without a deploy: office hours, the days before a resolved
 * order is confirmed on the resident's behalf, how long a whistled department has to 报到.
 * Stored as the `settings/workflow` document; defaults apply when it is missing.
 */
import { z } from 'zod'
import { DEFAULT_OFFICE_HOURS, OfficeHours } from '../../types/catalog'
import type { Store } from '../_platform/store/port'
import { cachedRead } from './reference-cache'

export const WorkflowSettings = z.object({
  officeHours: OfficeHours.default(DEFAULT_OFFICE_HOURS),
  autoConfirmDays: z.number().int().min(1).max(30).default(7),
  whistleReportHours: z.number().positive().default(24),
  /** a returned order must be re-dispatched by the community within this many working hours */
  redispatchHours: z.number().positive().default(4),
  reportsPerHour: z.number().int().positive().default(10),
})
export type WorkflowSettings = z.infer<typeof WorkflowSettings>

export function workflowSettings(store: Store): Promise<WorkflowSettings> {
  return cachedRead(store, 'settings:workflow', async () => {
    const doc = await store.collection('settings').get('workflow')
    const parsed = WorkflowSettings.safeParse(doc ?? {})
    return parsed.success ? parsed.data : WorkflowSettings.parse({})
  })
}
