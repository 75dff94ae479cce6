/**
 * Approval and issuing (出证). An approval of a type the street does not countersign issues in the
 * same transaction; otherwise the street's countersign issues. Issuing takes the next serial of the
 * issuer's year from its counter inside the transaction (gap-free: a failed issue rolls the counter
 * back), builds the face with its GB/T 36904-shaped identifier, signs its SHA-256 hash through the
 * Signer port, and writes the certificate, the seal ledger row (用印登记) and the request at once.
 */
import { randomBytes } from 'node:crypto'
import type { Issuer } from '../../../types/certificate'
import type { Caller } from '../../../types/identity'
import {
  buildFace,
  canonicalJson,
  certificateIdOf,
  fillTemplate,
  formatIdentifier,
  formatSerialNo,
  issueYear,
  parseSerialNo,
  serialCounterKey,
  validUntilOf,
  verifyTokenOf,
} from '../../_core/certificates'
import { AppError, forbidden } from '../../_platform/kit/errors'
import type { Platform } from '../../_platform/ports'
import type { Signer } from '../../_platform/signing/port'
import { isStoreConflict } from '../../_platform/store/port'
import { certificateSettings, typeById } from './catalogue'
import {
  type CertificateDoc,
  type CertificateFields,
  certificatesOf,
  type RequestDoc,
  type SealLedgerFields,
} from './docs'
import { notifyApplicant, notifyStaff } from './notify'
import { actOutput, byOf, commit, decideTap, loadRequest, stepChanges } from './requests'

/** '2019-05' → '2019年5月' */
const monthText = (ym: string | null) => (ym ? `${ym.slice(0, 4)}年${Number(ym.slice(5, 7))}月` : null)

export async function approve(platform: Platform, caller: Caller, id: string) {
  const r = await loadRequest(platform.store, id)
  const steps = decideTap(caller, r, r.status === 'approved' ? 'countersign' : 'approve')
  const at = platform.clock.now()
  const by = byOf(caller)
  const last = steps[steps.length - 1]
  if (last.to !== 'issued') {
    const saved = await commit(platform, r, { ...stepChanges(r, steps, by, at.toISOString()), approvedBy: by })
    await notifyStaff(platform, saved, 'certificate.countersign', `待会签：${saved.typeName}`, saved.number, 'street')
    return actOutput(saved)
  }
  const saved = await issue(platform, r, steps, caller, at)
  await notifyApplicant(
    platform,
    saved,
    'certificate.issued',
    `${saved.typeName}已出具`,
    '电子证明已生成，可在“我的证明”中查看、出示二维码或下载PDF',
  )
  return actOutput(saved)
}

async function issue(
  platform: Platform,
  r: RequestDoc,
  steps: ReturnType<typeof decideTap>,
  caller: Caller,
  now: Date,
): Promise<RequestDoc> {
  const { signer } = platform
  if (!signer) throw forbidden('本环境未配置电子证明签名密钥，暂不能出证')
  const settings = await certificateSettings(platform.store, r.streetId)
  const issuer = settings.issuers[r.communityId]
  if (!issuer) throw forbidden('本社区尚未配置出证单位信息（简码、统一社会信用代码），请联系街道管理员')
  const at = now.toISOString()
  const year = issueYear(now)
  const token = verifyTokenOf(randomBytes(8))
  const validUntil = validUntilOf(now, r.typeSnapshot.validityDays)
  const wording = await wordingOf(platform, r, issuer)
  const by = byOf(caller)
  // the approver of a countersigned type is the community reviewer who approved before the street
  const approver = r.approvedBy ?? by
  try {
    return await platform.store.transaction(async (tx) => {
      const seq = await tx
        .collection('counters')
        .increment(serialCounterKey(issuer.code, year), 'seq', 1, { upsert: true })
      if (seq === null) throw new AppError('CONFLICT', '出证编号分配失败，请重试')
      const serialNo = formatSerialNo(issuer.code, year, r.typeCode, seq)
      const cert = await certificateOf(signer, r, issuer, {
        serialNo,
        year,
        seq,
        version: 1,
        now,
        validUntil,
        wording,
        token,
      })
      const ledger = ledgerRowOf(r, issuer, serialNo, 1, approver, at)
      await tx.collection<CertificateDoc>('certificates').insert(cert as never)
      await tx.collection('seal_ledger').insert(ledger as never)
      return tx.collection<RequestDoc>('certificate_requests').patch(
        r._id,
        {
          ...stepChanges(r, steps, by, at, { note: `编号 ${serialNo}` }),
          approvedBy: approver,
          certificateId: cert._id,
        },
        { expectedVersion: r._v },
      )
    })
  } catch (error) {
    if (isStoreConflict(error)) throw new AppError('CONFLICT', '申请刚被他人处理过，请刷新后再试')
    throw error
  }
}

interface Facts {
  serialNo: string
  year: number
  seq: number
  version: number
  now: Date
  validUntil: string | null
  wording: string
  token: string
}

/** The stored certificate: its face (GB/T 36903 names), the face's hash, and the signature of the hash. */
async function certificateOf(signer: Signer, r: RequestDoc, issuer: Issuer, f: Facts): Promise<CertificateFields> {
  const identifier = formatIdentifier({
    typeCode: r.typeCode,
    issuerUscc: issuer.uscc,
    year: f.year,
    seq: f.seq,
    version: f.version,
  })
  const face = buildFace({
    typeName: r.typeName,
    typeCode: r.typeCode,
    serialNo: f.serialNo,
    identifier,
    issuerName: issuer.name,
    issuerUscc: issuer.uscc,
    issuedAt: f.now,
    validUntil: f.validUntil,
    holderName: r.applicantName,
    idMasked: r.subject.idMasked,
    purpose: r.purpose,
    wording: f.wording,
    version: f.version,
  })
  const payloadHash = signer.hash(canonicalJson(face))
  return {
    _id: certificateIdOf(f.token),
    verifyToken: f.token,
    requestId: r._id,
    holderId: r.applicantId,
    typeCode: r.typeCode,
    purpose: r.purpose,
    serialNo: f.serialNo,
    identifier,
    version: f.version,
    issuerOrgId: r.communityId,
    issuerCode: issuer.code,
    streetId: r.streetId,
    face,
    payloadHash,
    signature: await signer.sign(payloadHash),
    keyId: signer.keyId,
    algorithm: signer.algorithm,
    issuedAt: f.now.toISOString(),
    validUntil: f.validUntil,
    status: 'valid',
    revoked: null,
    supersededBy: null,
    shareCode: null,
    pdfFileId: null,
  }
}

/** 用印登记: time, type, serial (and version), approver, clerk and applicant. */
function ledgerRowOf(
  r: RequestDoc,
  issuer: Issuer,
  serialNo: string,
  version: number,
  approver: { id: string; name: string },
  at: string,
): SealLedgerFields {
  return {
    _id: version === 1 ? `sl-${serialNo}` : `sl-${serialNo}-v${version}`,
    issuerCode: issuer.code,
    issuerName: issuer.name,
    at,
    typeCode: r.typeCode,
    typeName: r.typeName,
    serialNo,
    approverId: approver.id,
    approverName: approver.name,
    clerkId: r.acceptedBy?.id ?? null,
    clerkName: r.acceptedBy?.name ?? null,
    applicantId: r.applicantId,
    applicantName: r.applicantName,
  }
}

/** The wording of a request's certificate, from its type's template. */
async function wordingOf(platform: Platform, r: RequestDoc, issuer: Issuer): Promise<string> {
  const type = await typeById(platform.store, r.typeId)
  return fillTemplate(type.template, {
    name: r.applicantName,
    idMasked: r.subject.idMasked ?? '—',
    address: r.addressLabel,
    residentSince: monthText(r.residentSince),
    purpose: r.purpose,
    hardship: r.hardship,
    issuer: issuer.name,
  })
}

/**
 * 换发 (re-issue): a new version of a valid certificate under the same serial, with a new token and
 * signature; the old version becomes `superseded` and its verify page says so.
 */
export async function reissue(platform: Platform, caller: Caller, id: string, reason: string) {
  const { signer } = platform
  if (!signer) throw forbidden('本环境未配置电子证明签名密钥，暂不能出证')
  const r = await loadRequest(platform.store, id)
  const steps = decideTap(caller, r, 'reissue')
  if (!r.certificateId) throw new AppError('CONFLICT', '这条申请没有已出具的证明')
  const old = await certificatesOf(platform.store).get(r.certificateId)
  if (old?.status !== 'valid') throw new AppError('CONFLICT', '该证明已撤销或已被替代')
  const settings = await certificateSettings(platform.store, r.streetId)
  const issuer = settings.issuers[r.communityId]
  const parsed = parseSerialNo(old.serialNo)
  if (!issuer || !parsed) throw forbidden('本社区尚未配置出证单位信息，请联系街道管理员')
  const now = platform.clock.now()
  const at = now.toISOString()
  const by = byOf(caller)
  const version = old.version + 1
  const cert = await certificateOf(signer, r, issuer, {
    serialNo: old.serialNo,
    year: parsed.year,
    seq: parsed.seq,
    version,
    now,
    validUntil: old.validUntil,
    wording: await wordingOf(platform, r, issuer),
    token: verifyTokenOf(randomBytes(8)),
  })
  const saved = await platform.store.transaction(async (tx) => {
    await tx.collection<CertificateDoc>('certificates').insert(cert as never)
    await tx
      .collection<CertificateDoc>('certificates')
      .patch(old._id, { status: 'superseded', supersededBy: cert._id }, { expectedVersion: old._v })
    await tx.collection('seal_ledger').insert(ledgerRowOf(r, issuer, old.serialNo, version, by, at) as never)
    return tx
      .collection<RequestDoc>('certificate_requests')
      .patch(
        r._id,
        { ...stepChanges(r, steps, by, at, { note: `第${version}版：${reason}` }), certificateId: cert._id },
        { expectedVersion: r._v },
      )
  })
  await notifyApplicant(platform, saved, 'certificate.reissued', `${saved.typeName}已换发`, `新版本已生效：${reason}`)
  return actOutput(saved)
}

/** 撤销: the certificate stops being valid at once; the verify page says 已撤销. */
export async function revoke(platform: Platform, caller: Caller, id: string, reason: string) {
  const r = await loadRequest(platform.store, id)
  const steps = decideTap(caller, r, 'revoke')
  if (!r.certificateId) throw new AppError('CONFLICT', '这条申请没有已出具的证明')
  const at = platform.clock.now().toISOString()
  const by = byOf(caller)
  const saved = await platform.store.transaction(async (tx) => {
    const certs = tx.collection<CertificateDoc>('certificates')
    const cert = await certs.get(r.certificateId!)
    if (cert?.status !== 'valid') throw new AppError('CONFLICT', '该证明已撤销或已被替代')
    await certs.patch(
      cert._id,
      { status: 'revoked', revoked: { reason, at, byId: by.id, byName: by.name } },
      {
        expectedVersion: cert._v,
      },
    )
    return tx
      .collection<RequestDoc>('certificate_requests')
      .patch(r._id, stepChanges(r, steps, by, at, { note: reason }), { expectedVersion: r._v })
  })
  await notifyApplicant(platform, saved, 'certificate.revoked', `${saved.typeName}已撤销`, `撤销原因：${reason}`)
  return actOutput(saved)
}
