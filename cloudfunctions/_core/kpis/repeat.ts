/**
 * 重复诉求: the same reporter files the same category at the same place within 30 days after an
 * earlier report of theirs was closed. The reporter's recent closures travel on their user record
 * (`recentClosures`: place|category → closed at), so a submit needs no extra read.
 */
export const REPEAT_WINDOW_DAYS = 30
const WINDOW_MS = REPEAT_WINDOW_DAYS * 86_400_000

export const repeatKeyOf = (o: { buildingId: string; categoryCode: string }) => `${o.buildingId}|${o.categoryCode}`

export function isRepeat(closures: Record<string, string> | undefined, key: string, createdAt: string): boolean {
  const closedAt = closures?.[key]
  if (!closedAt) return false
  const gap = Date.parse(createdAt) - Date.parse(closedAt)
  return gap > 0 && gap <= WINDOW_MS
}

/** The closures after one more, without those too old to matter. */
export function withClosure(
  closures: Record<string, string> | undefined,
  key: string,
  closedAt: string,
): Record<string, string> {
  const floor = Date.parse(closedAt) - WINDOW_MS
  const kept = Object.entries(closures ?? {}).filter(([k, at]) => k !== key && Date.parse(at) >= floor)
  return Object.fromEntries([...kept, [key, closedAt]])
}
