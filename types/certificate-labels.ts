/**
 * Online certificates (在线办事): the words the client and the functions share. zod-free, so the
 * client bundles it without zod (types/certificate.ts holds the schemas).
 */

/** A request's states: the issue path, the pledge path (告知承诺) and the ends. */
export const REQUEST_STATUSES = [
  'submitted',
  'accepted',
  'not_accepted',
  'reviewing',
  'need_supplement',
  'resubmitted',
  'approved',
  'issued',
  'refused',
  'withdrawn',
  'pledged',
  'sampled',
  'check_passed',
  'false_pledge',
] as const
export type RequestStatus = (typeof REQUEST_STATUSES)[number]

export const REQUEST_STATUS_LABEL: Record<RequestStatus, string> = {
  submitted: '已提交',
  accepted: '已受理',
  not_accepted: '不予受理',
  reviewing: '审核中',
  need_supplement: '待补充材料',
  resubmitted: '已补充材料',
  approved: '待街道会签',
  issued: '已出证',
  refused: '不予出证',
  withdrawn: '已撤回',
  pledged: '已承诺',
  sampled: '抽中核查',
  check_passed: '核查通过',
  false_pledge: '虚假承诺',
}

/**
 * Where a request stands for lists and the sweep: `open` on the office's clock, `waiting` on the
 * resident (the clock stopped), `done` at an end.
 */
export type RequestGroup = 'open' | 'waiting' | 'done'

export const REQUEST_GROUP: Record<RequestStatus, RequestGroup> = {
  submitted: 'open',
  accepted: 'open',
  reviewing: 'open',
  resubmitted: 'open',
  approved: 'open',
  sampled: 'open',
  need_supplement: 'waiting',
  not_accepted: 'done',
  issued: 'done',
  refused: 'done',
  withdrawn: 'done',
  pledged: 'done',
  check_passed: 'done',
  false_pledge: 'done',
}

/** Every change a request can go through (the rows of the transition table). */
export const REQUEST_ACTIONS = [
  'apply',
  'pledge',
  'sample',
  'accept',
  'not_accept',
  'review',
  'request_more',
  'supplement',
  'approve',
  'countersign',
  'issue',
  'refuse',
  'withdraw',
  'revoke',
  'reissue',
  'check_pass',
  'check_fail',
  'escalate',
] as const
export type RequestAction = (typeof REQUEST_ACTIONS)[number]

export const REQUEST_ACTION_LABEL: Record<RequestAction, string> = {
  apply: '提交申请',
  pledge: '签署告知承诺',
  sample: '抽中事后核查',
  accept: '受理',
  not_accept: '不予受理',
  review: '开始审核',
  request_more: '一次性告知补充材料',
  supplement: '补充材料',
  approve: '审核通过',
  countersign: '街道会签',
  issue: '出具电子证明',
  refuse: '不予出证',
  withdraw: '撤回申请',
  revoke: '撤销证明',
  reissue: '换发新版本',
  check_pass: '核查属实',
  check_fail: '核查为虚假承诺',
  escalate: '超时督办',
}

export const CERTIFICATE_MODES = ['issue', 'pledge', 'both'] as const
export type CertificateMode = (typeof CERTIFICATE_MODES)[number]
export const MODE_LABEL: Record<CertificateMode, string> = {
  issue: '开具证明',
  pledge: '告知承诺',
  both: '开具证明或告知承诺',
}

/** How a grid worker obtained the resident's consent to apply on their behalf (代办). */
export const CONSENT_METHODS = ['in_person', 'phone_call', 'signed_paper'] as const
export type ConsentMethod = (typeof CONSENT_METHODS)[number]
export const CONSENT_METHOD_LABEL: Record<ConsentMethod, string> = {
  in_person: '本人当面同意',
  phone_call: '电话确认同意',
  signed_paper: '本人书面签字同意',
}

/** A certificate's stored status; `expired` is computed from `validUntil`, never stored. */
export const CERTIFICATE_STATUSES = ['valid', 'revoked', 'superseded'] as const
export type StoredCertificateStatus = (typeof CERTIFICATE_STATUSES)[number]
export type CertificateStatus = StoredCertificateStatus | 'expired'
export type VerifyStatus = CertificateStatus | 'unknown'

export const VERIFY_STATUS_LABEL: Record<VerifyStatus, string> = {
  valid: '有效',
  expired: '已过期',
  revoked: '已撤销',
  superseded: '已被新版本替代',
  unknown: '未找到该证明',
}

/** The checks a verifier sees, in order (a Blockcerts-style checklist). */
export const VERIFY_CHECKS = ['hash', 'signature', 'issuer', 'not_revoked', 'not_expired'] as const
export type VerifyCheck = (typeof VERIFY_CHECKS)[number]
export const VERIFY_CHECK_LABEL: Record<VerifyCheck, string> = {
  hash: '内容未被篡改',
  signature: '电子签名有效',
  issuer: '出证单位可信',
  not_revoked: '未被撤销',
  not_expired: '在有效期内',
}

/** The time-limit line a resident reads: '承诺3个工作日', '即时办结'. */
export function timeLimitText(limit: { kind: 'instant' | 'workingDays'; days: number }): string {
  return limit.kind === 'instant' ? '即时办结' : `承诺${limit.days}个工作日`
}

/** '长期有效' or '有效期90天'. */
export function validityText(days: number | null): string {
  return days === null ? '长期有效' : `有效期${days}天`
}
