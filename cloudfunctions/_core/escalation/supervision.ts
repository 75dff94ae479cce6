/** After this many reopens (不满意重办) the order goes on the supervision list (督办). */
export const REOPEN_SUPERVISION_LIMIT = 3

export function needsSupervision(reopenCount: number): boolean {
  return reopenCount > REOPEN_SUPERVISION_LIMIT
}
