export interface EscalationPolicy {
  /** calendar hours the rung at level 1, 2, 3 gets before the next escalation */
  graceHours: readonly [number, number, number]
  /** the street whose street_admin is the top rung */
  streetId: string
}

export const DEFAULT_ESCALATION_POLICY: EscalationPolicy = { graceHours: [4, 8, 24], streetId: 'st-haibei' }
