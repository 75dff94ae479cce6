export interface EscalationPolicy {
  /** calendar hours the rung at level 1, 2, 3 gets before the next escalation (a street's setting) */
  graceHours: readonly [number, number, number]
}

/** The ladder's timing when a street sets none. The top rung is always the order's own street. */
export const DEFAULT_ESCALATION_POLICY: EscalationPolicy = { graceHours: [4, 8, 24] }
