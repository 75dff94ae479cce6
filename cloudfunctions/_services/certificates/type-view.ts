import type { TypeView } from '../../../types/certificate'
import { MODE_LABEL, timeLimitText, validityText } from '../../../types/certificate-labels'
import { pledgeTextVersion } from '../../_core/certificates'
import type { TypeDoc } from './docs'

/** A type as a resident reads it before applying: basis, purposes, materials, time limit, validity. */
export function toTypeView(t: TypeDoc): TypeView {
  return {
    code: t.code,
    name: t.name,
    jurisdictionId: t.jurisdictionId,
    legalBasis: t.legalBasis,
    legalBasisUrl: t.legalBasisUrl ?? null,
    purposes: t.purposes,
    mode: t.mode,
    modeLabel: MODE_LABEL[t.mode],
    materials: t.materials,
    fields: t.fields,
    validityDays: t.validityDays,
    validityText: validityText(t.validityDays),
    timeLimit: t.timeLimit,
    timeLimitText: timeLimitText(t.timeLimit),
    countersign: t.countersign,
    pledgeText: t.pledgeText ?? null,
    pledgeTextVersion: t.pledgeText ? pledgeTextVersion(t.pledgeText) : null,
  }
}
