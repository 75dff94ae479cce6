/**
 * Settings a street can change without a deploy: office hours, the order-number prefix, the
 * escalation ladder's grace hours, the hourly report limit, the days before a resolved order is
 * confirmed on the resident's behalf, how long a whistled department has to 报到.
 *
 * Stored as documents in `settings`: `workflow` holds what every street of the deployment shares,
 * `workflow:<streetId>` what one street sets for itself (it wins). Defaults apply for what neither
 * says. One deployment can serve a whole district's streets this way.
 */
import * as z from 'zod/mini'
import { DEFAULT_OFFICE_HOURS, OfficeHours } from '../../types/catalog'
import type { EscalationPolicy } from '../_core/escalation'
import type { Store } from '../_platform/store/port'
import { cachedRead } from './reference-cache'

export const WorkflowSettings = z.object({
  officeHours: z._default(OfficeHours, DEFAULT_OFFICE_HOURS),
  autoConfirmDays: z._default(z.int().check(z.gte(1), z.lte(30)), 7),
  whistleReportHours: z._default(z.number().check(z.positive()), 24),
  /** a returned order must be re-dispatched by the community within this many working hours */
  redispatchHours: z._default(z.number().check(z.positive()), 4),
  reportsPerHour: z._default(z.int().check(z.positive()), 10),
  /** the letters before each order number, e.g. HB in HB-20261122-0007 */
  orderPrefix: z._default(z.string().check(z.regex(/^[A-Z]{1,4}$/)), 'XB'),
  /** calendar hours the escalation rungs 1, 2 and 3 get before the next one */
  escalationGraceHours: z._default(
    z.tuple([z.number().check(z.positive()), z.number().check(z.positive()), z.number().check(z.positive())]),
    [4, 8, 24],
  ),
  /** the street's own content-check words (see _platform/content-check/street-words.ts) */
  blockedWords: z._default(z.array(z.string().check(z.minLength(1), z.maxLength(20))).check(z.maxLength(500)), []),
})
export type WorkflowSettings = z.infer<typeof WorkflowSettings>

/** The settings document of one street (the deployment's shared one without a street). */
export const settingsIdOf = (streetId?: string | null) => (streetId ? `workflow:${streetId}` : 'workflow')

const bodyOf = (doc: Record<string, unknown> | null): Record<string, unknown> => {
  if (!doc) return {}
  const { _id, _v, ...rest } = doc
  return rest
}

/** The settings in force for a street: its own document over the shared one over the defaults. */
export function workflowSettings(store: Store, streetId?: string | null): Promise<WorkflowSettings> {
  return cachedRead(store, `settings:${settingsIdOf(streetId)}`, async () => {
    const settings = store.collection('settings')
    const [shared, own] = await Promise.all([
      settings.get('workflow'),
      streetId ? settings.get(settingsIdOf(streetId)) : Promise.resolve(null),
    ])
    const merged = { ...bodyOf(shared), ...bodyOf(own) }
    const parsed = WorkflowSettings.safeParse(merged)
    if (parsed.success) return parsed.data
    // one bad field must not stop the street: keep the fields that parse, default the rest
    const out = WorkflowSettings.parse({})
    for (const key of Object.keys(out) as Array<keyof WorkflowSettings>) {
      const field = WorkflowSettings.shape[key].safeParse(merged[key])
      if (field.success) (out as Record<string, unknown>)[key] = field.data
    }
    return out
  })
}

export const escalationPolicyOf = (settings: WorkflowSettings): EscalationPolicy => ({
  graceHours: settings.escalationGraceHours,
})
