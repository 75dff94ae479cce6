/**
 * What each audience sees of a request (docs/architecture.md, "A view per audience"): the resident
 * (applicant or the grid worker who applied for them) and the reviewing staff. Neither ever gets the
 * sealed ID number or its fingerprint: only the masked form.
 */
import type {
  CertificateSummary,
  RequestRow,
  RequestView,
  StaffRequestView,
  TimelineEntry,
} from '../../../types/certificate'
import {
  REQUEST_ACTION_LABEL,
  REQUEST_STATUS_LABEL,
  timeLimitText,
  VERIFY_STATUS_LABEL,
} from '../../../types/certificate-labels'
import type { Caller } from '../../../types/identity'
import { effectiveStatus, staffActionsOf } from '../../_core/certificates'
import type { Platform } from '../../_platform/ports'
import { typeById } from './catalogue'
import type { CertificateDoc, RequestDoc } from './docs'
import { actorOf, factsOf } from './requests'

export function certificateSummary(c: CertificateDoc, now: Date): CertificateSummary {
  const status = effectiveStatus(c, now)
  return {
    serialNo: c.serialNo,
    identifier: c.identifier,
    verifyToken: c.verifyToken,
    status,
    statusLabel: VERIFY_STATUS_LABEL[status],
    issuedAt: c.issuedAt,
    validUntil: c.validUntil,
    issuerName: c.face.issuingAuthorityName,
    wording: c.face.content,
    revokedReason: c.revoked?.reason ?? null,
  }
}

function timelineOf(r: RequestDoc): TimelineEntry[] {
  return r.events.map((e) => ({
    at: e.at,
    action: e.action,
    label: REQUEST_ACTION_LABEL[e.action],
    from: e.from,
    to: e.to,
    byName: e.byName,
    note: e.note,
    items: e.items,
  }))
}

export async function toRequestView(
  platform: Platform,
  r: RequestDoc,
  cert: CertificateDoc | null,
): Promise<RequestView> {
  const now = platform.clock.now()
  const materials = await Promise.all(
    r.materials.map(async (fileId) => ({ fileId, url: await platform.files.url(fileId) })),
  )
  const open = r.status === 'need_supplement' ? r.notices[r.notices.length - 1] : undefined
  return {
    id: r._id,
    number: r.number,
    typeCode: r.typeCode,
    typeName: r.typeName,
    purpose: r.purpose,
    mode: r.mode,
    status: r.status,
    statusLabel: REQUEST_STATUS_LABEL[r.status],
    applicantName: r.applicantName,
    idMasked: r.subject.idMasked,
    addressLabel: r.addressLabel,
    materials,
    note: r.note,
    timeLimitText: r.mode === 'pledge' ? '即时办结' : timeLimitText(r.typeSnapshot.timeLimit),
    dueBy: r.nextDeadline,
    clockPaused: Boolean(r.clock?.pausedAt),
    notices: r.notices.map((n) => ({ round: n.round, items: n.items, reason: n.reason, at: n.at })),
    missing: open?.items ?? [],
    refusal: r.refusal,
    pledge: r.pledge,
    proxyName: r.proxy?.name ?? null,
    timeline: timelineOf(r),
    certificate: cert ? certificateSummary(cert, now) : null,
    createdAt: r.createdAt,
  }
}

export async function toStaffView(
  platform: Platform,
  caller: Caller,
  r: RequestDoc,
  cert: CertificateDoc | null,
  falsePledgeFlag: boolean,
): Promise<StaffRequestView> {
  const [base, type] = await Promise.all([toRequestView(platform, r, cert), typeById(platform.store, r.typeId)])
  return {
    ...base,
    communityId: r.communityId,
    typeMaterials: type.materials,
    supplementRounds: r.notices.length,
    overdue: r.nextDeadline !== null && r.nextDeadline < platform.clock.now().toISOString(),
    falsePledgeFlag,
    actions: staffActionsOf(actorOf(caller), factsOf(r)),
  }
}

export function toRow(r: RequestDoc, now: Date): RequestRow {
  return {
    id: r._id,
    number: r.number,
    typeName: r.typeName,
    purpose: r.purpose,
    status: r.status,
    statusLabel: REQUEST_STATUS_LABEL[r.status],
    applicantName: r.applicantName,
    proxyName: r.proxy?.name ?? null,
    dueBy: r.nextDeadline,
    overdue: r.nextDeadline !== null && r.nextDeadline < now.toISOString(),
    createdAt: r.createdAt,
  }
}
