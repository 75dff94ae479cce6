/**
 * Which of a resident's houses is current: the one whose address the resident reports from. Pure.
 *
 * - Only live bindings (pending or verified) count; rejected and moved-out ones never do.
 * - A house the resident just chose (or that was just verified) wins when it is live.
 * - The current house stays current, unless it is unverified and a verified one exists.
 * - Otherwise the earliest verified house, else the earliest pending one, else none.
 */
export interface HouseholdFacts {
  id: string
  status: 'pending' | 'verified' | 'rejected' | 'moved_out'
  createdAt: string
  verifiedAt?: string | null
}

export function chooseCurrent(
  currentId: string | null | undefined,
  households: readonly HouseholdFacts[],
  preferId?: string,
): HouseholdFacts | null {
  const live = households.filter((h) => h.status === 'pending' || h.status === 'verified')
  const byId = (id: string | null | undefined) => (id ? (live.find((h) => h.id === id) ?? null) : null)
  const preferred = byId(preferId)
  if (preferred) return preferred
  const verified = live
    .filter((h) => h.status === 'verified')
    .sort(
      (a, b) => (a.verifiedAt ?? a.createdAt).localeCompare(b.verifiedAt ?? b.createdAt) || a.id.localeCompare(b.id),
    )
  const current = byId(currentId)
  if (current && (current.status === 'verified' || verified.length === 0)) return current
  if (verified.length > 0) return verified[0]
  const pending = live.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
  return pending[0] ?? null
}
