/**
 * Public verification (no sign-in): a token from the QR names one certificate; the answer has the
 * same shape whether or not it exists (status 'unknown'), so tokens cannot be enumerated. The checks
 * are recomputed on every call: the face's hash, the signature, a known issuer, not revoked, not
 * expired. Two store round trips: the client's per-minute counter and the certificate by id.
 */
import type { VerifyOutput } from '../../../types/certificate'
import {
  VERIFY_CHECK_LABEL,
  VERIFY_CHECKS,
  VERIFY_STATUS_LABEL,
  type VerifyCheck,
} from '../../../types/certificate-labels'
import { maskName } from '../../../types/id-number'
import { canonicalJson, certificateIdOf, effectiveStatus } from '../../_core/certificates'
import { hourlyCounterKeyOf } from '../../_core/numbering'
import { rateLimited } from '../../_platform/kit/errors'
import type { Platform } from '../../_platform/ports'
import { certificateSettings } from './catalogue'
import { certificatesOf } from './docs'

/**
 * Verifications one client may make per (China-local clock) hour: a school desk's morning queue,
 * far too few to enumerate tokens. The counters are hourly ones the sweep deletes (_core/numbering).
 */
export const VERIFY_PER_HOUR = 120

const UNKNOWN: VerifyOutput = {
  valid: false,
  status: 'unknown',
  statusLabel: VERIFY_STATUS_LABEL.unknown,
  typeName: null,
  holderMasked: null,
  issuerName: null,
  issuedAt: null,
  validUntil: null,
  purpose: null,
  serialNo: null,
  checks: VERIFY_CHECKS.map((name) => ({ name, label: VERIFY_CHECK_LABEL[name], ok: false })),
  face: null,
}

/** A client's counter for this hour: who they are (a person, or where the call came from). */
function counterKey(client: string, now: Date): string {
  return hourlyCounterKeyOf(`verify:${client.replace(/[^\w.:-]/g, '_').slice(0, 80)}`, now)
}

export async function verifyCertificate(
  platform: Platform,
  input: { token: string; holderName?: string; code?: string },
  client: string,
): Promise<VerifyOutput> {
  const { store } = platform
  const now = platform.clock.now()
  const n = await store
    .collection('counters')
    .increment(counterKey(client, now), 'n', 1, { max: VERIFY_PER_HOUR, upsert: true })
  if (n === null) throw rateLimited('查验过于频繁，请稍后再试')
  const cert = await certificatesOf(store).get(certificateIdOf(input.token))
  if (!cert) return UNKNOWN
  const signer = platform.signer
  const hashOk = signer ? signer.hash(canonicalJson(cert.face)) === cert.payloadHash : false
  const signatureOk = signer ? await signer.verify(cert.payloadHash, cert.signature, cert.keyId) : false
  const issuer = cert.streetId
    ? await certificateSettings(store, cert.streetId)
        .then((s) => s.issuers[cert.issuerOrgId])
        .catch(() => undefined)
    : undefined
  const issuerOk =
    issuer !== undefined && issuer.code === cert.issuerCode && issuer.uscc === cert.face.issuingAuthorityCode
  const status = effectiveStatus(cert, now)
  const results: Record<VerifyCheck, boolean> = {
    hash: hashOk,
    signature: signatureOk,
    issuer: issuerOk,
    not_revoked: cert.status === 'valid',
    not_expired: cert.validUntil === null || Date.parse(cert.validUntil) >= now.getTime(),
  }
  const valid = VERIFY_CHECKS.every((c) => results[c])
  const codeOk =
    input.code !== undefined &&
    platform.cipher !== undefined &&
    cert.shareCode !== null &&
    Date.parse(cert.shareCode.expiresAt) >= now.getTime() &&
    platform.cipher.fingerprint(`${cert._id}:${input.code}`) === cert.shareCode.fingerprint
  const nameOk = input.holderName !== undefined && input.holderName.trim() === cert.face.holderName
  return {
    valid,
    status,
    statusLabel: VERIFY_STATUS_LABEL[status],
    typeName: cert.face.certificateName,
    holderMasked: maskName(cert.face.holderName),
    issuerName: cert.face.issuingAuthorityName,
    issuedAt: cert.issuedAt,
    validUntil: cert.validUntil,
    purpose: cert.face.purpose,
    serialNo: cert.serialNo,
    checks: VERIFY_CHECKS.map((name) => ({ name, label: VERIFY_CHECK_LABEL[name], ok: results[name] })),
    face:
      hashOk && (nameOk || codeOk)
        ? { holderName: cert.face.holderName, wording: cert.face.content, idMasked: cert.face.holderIdentity }
        : null,
  }
}
