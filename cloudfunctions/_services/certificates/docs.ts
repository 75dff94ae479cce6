/**
 * The stored shapes of online certificates and their collections: a request (with its timeline
 * inside: a request has a handful of events, and one document is one round trip), an issued
 * certificate (its id is `ce-<verifyToken>`, so a verification is one read by id), a seal ledger row.
 */
import { createHash } from 'node:crypto'
import type { CertificateType, FaceData } from '../../../types/certificate'
import type { RequestAction, RequestGroup, RequestStatus } from '../../../types/certificate-labels'
import type { RequestClock } from '../../_core/certificates'
import type { Store, StoredDoc } from '../../_platform/store/port'

export type TypeDoc = CertificateType & StoredDoc & { createdAt: string; updatedAt: string }

export interface RequestEvent {
  at: string
  action: RequestAction
  from: RequestStatus | null
  to: RequestStatus
  byId: string
  byName: string
  note: string | null
  items: string[] | null
}

export interface RequestFields {
  _id: string
  number: string
  requestKey: string
  typeId: string
  typeCode: string
  typeName: string
  /** what the type promised when the resident applied (its wording and materials are read from the type) */
  typeSnapshot: Pick<CertificateType, 'mode' | 'timeLimit' | 'validityDays' | 'countersign' | 'reviewerRole'>
  applicantId: string
  applicantName: string
  proxyId: string | null
  proxy: { name: string; consent: { method: string; note: string | null; at: string } } | null
  householdId: string
  roomKey: string
  streetId: string
  communityId: string
  gridId: string
  addressLabel: string
  /** the holder's ID number: sealed (AES-256-GCM), a keyed fingerprint, and the masked form */
  subject: { idSealed: string | null; idFingerprint: string | null; idMasked: string | null }
  residentSince: string | null
  hardship: string | null
  purpose: string
  mode: 'issue' | 'pledge'
  materials: string[]
  note: string | null
  status: RequestStatus
  statusGroup: RequestGroup
  clock: RequestClock | null
  /** the running clock's due time; null while stopped or at an end (what the sweep watches) */
  nextDeadline: string | null
  escalationLevel: number
  notices: Array<{ round: number; items: string[]; reason: string | null; at: string; byId: string }>
  refusal: { reason: string; remedy: string } | null
  notAcceptedReason: string | null
  pledge: { textVersion: string; signedAt: string } | null
  check: { result: 'passed' | 'false'; note: string | null; at: string; byId: string } | null
  acceptedBy: { id: string; name: string } | null
  approvedBy: { id: string; name: string } | null
  certificateId: string | null
  events: RequestEvent[]
  createdAt: string
  updatedAt: string
}
export type RequestDoc = RequestFields & StoredDoc

export interface CertificateFields {
  _id: string
  verifyToken: string
  requestId: string
  holderId: string
  typeCode: string
  purpose: string
  serialNo: string
  identifier: string
  version: number
  issuerOrgId: string
  issuerCode: string
  streetId: string
  face: FaceData
  payloadHash: string
  signature: string
  keyId: string
  algorithm: string
  issuedAt: string
  validUntil: string | null
  status: 'valid' | 'revoked' | 'superseded'
  revoked: { reason: string; at: string; byId: string; byName: string } | null
  supersededBy: string | null
  /** a 用证码 the holder issued: its keyed fingerprint and when it lapses */
  shareCode: { fingerprint: string; expiresAt: string } | null
  pdfFileId: string | null
}
export type CertificateDoc = CertificateFields & StoredDoc

export interface SealLedgerFields {
  _id: string
  issuerCode: string
  issuerName: string
  at: string
  typeCode: string
  typeName: string
  serialNo: string
  approverId: string
  approverName: string
  clerkId: string | null
  clerkName: string | null
  applicantId: string
  applicantName: string
}

export const typesOf = (store: Store) => store.collection<TypeDoc>('certificate_types')
export const requestsOf = (store: Store) => store.collection<RequestDoc>('certificate_requests')
export const certificatesOf = (store: Store) => store.collection<CertificateDoc>('certificates')

export const typeDocId = (jurisdictionId: string, code: string) => `${jurisdictionId}:${code}`
/** the settings document holding every negative list (national, and a province's extension) */
export const NEGATIVE_LISTS_ID = 'cert-negative-lists'
export const certificateSettingsId = (streetId: string) => `certificates:${streetId}`

/** One request per (person, requestId): a retried apply finds what its first try made. */
export function requestDocId(userId: string, requestId: string): string {
  return `cr_${createHash('sha256').update(`${userId}\n${requestId}`).digest('hex').slice(0, 24)}`
}
