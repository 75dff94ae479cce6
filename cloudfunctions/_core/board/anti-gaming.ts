/**
 * Anti-gaming for the quarterly survey: a response is held for the street when the same device or
 * network sent more than a burst's worth of responses for the same company within a short window, or
 * when its comment repeats another household's word for word. Pure: the recent responses come in.
 */
export interface SurveyCandidate {
  householdId: string
  companyId: string
  clientIp: string
  device: string
  comment: string
  submittedAt: string
}

export const BURST_WINDOW_MS = 10 * 60_000
/** more than this many other households from one device or network within the window → held */
export const BURST_LIMIT = 3

/**
 * Whether an address says anything about the sender's network: a loopback peer is this machine itself
 * (a reverse proxy in front of the host, or a demo in the same computer's browser), shared by every
 * resident, so it never makes a burst.
 */
export function isNetworkKnown(ip: string): boolean {
  return !!ip && !/^(127\.|::1$|::ffff:127\.)/.test(ip)
}

/** The reason a response is held, or '' when it counts at once. */
export function flagSurvey(candidate: SurveyCandidate, recent: readonly SurveyCandidate[]): string {
  const at = Date.parse(candidate.submittedAt)
  const others = recent.filter((r) => r.householdId !== candidate.householdId && r.companyId === candidate.companyId)
  const near = others.filter((r) => Math.abs(at - Date.parse(r.submittedAt)) <= BURST_WINDOW_MS)
  if (candidate.device && near.filter((r) => r.device === candidate.device).length >= BURST_LIMIT) {
    return '同一设备短时间内提交多份问卷'
  }
  if (
    isNetworkKnown(candidate.clientIp) &&
    near.filter((r) => r.clientIp === candidate.clientIp).length >= BURST_LIMIT
  ) {
    return '同一网络短时间内提交多份问卷'
  }
  const text = candidate.comment.replace(/\s+/g, '')
  if (text.length >= 4 && others.some((r) => r.comment.replace(/\s+/g, '') === text)) return '留言与其他住户完全相同'
  return ''
}
