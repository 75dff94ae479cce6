/**
 * Editing the catalogue (admins): a street's admin edits the street's types, a community's admin
 * its own. A type the negative lists name is refused whether saved active or not, citing the circular.
 */
import type { CertificateType } from '../../../types/certificate'
import type { Caller } from '../../../types/identity'
import { forbidden } from '../../_platform/kit/errors'
import type { Platform } from '../../_platform/ports'
import { auditedEdit } from '../admin-edits'
import { streetOfCommunity } from '../places'
import { negativeLists, refuseBanned, typeOnly } from './catalogue'
import { type TypeDoc, typeDocId, typesOf } from './docs'

/** The jurisdictions (street or community ids) the caller administers. */
export async function adminJurisdictions(platform: Platform, caller: Caller): Promise<string[]> {
  const out = new Set<string>()
  for (const s of caller.scopes) {
    if (s.role === 'street_admin') out.add(s.orgId)
    if (s.role === 'community_admin') {
      out.add(s.orgId)
      const street = await streetOfCommunity(platform.store, s.orgId)
      // a community admin sees the street's types (read-only) beside their own
      if (street) out.add(`read:${street}`)
    }
  }
  return [...out]
}

function mayEdit(caller: Caller, jurisdictionId: string): boolean {
  return caller.scopes.some(
    (s) => (s.role === 'street_admin' || s.role === 'community_admin') && s.orgId === jurisdictionId,
  )
}

/**
 * Saves a type at the version the admin edited (a new type: its code must be free), with its audit
 * row, all or nothing. A concurrent edit is CONFLICT with the other person's version.
 */
export async function saveType(
  platform: Platform,
  caller: Caller,
  input: { type: CertificateType; expectedVersion?: number },
  requestId: string | undefined,
) {
  const { type } = input
  if (!mayEdit(caller, type.jurisdictionId)) throw forbidden('只能编辑本街道或本社区的证明目录')
  await refuseBanned(platform.store, type)
  const at = platform.clock.now().toISOString()
  const streetAdmin = caller.scopes.some((s) => s.role === 'street_admin' && s.orgId === type.jurisdictionId)
  const { id, version } = await auditedEdit<TypeDoc>(platform, caller, requestId, {
    action: 'certificate.saveType',
    collection: 'certificate_types',
    id: typeDocId(type.jurisdictionId, type.code),
    body: { ...type, updatedAt: at, ...(input.expectedVersion === undefined ? { createdAt: at } : {}) },
    expectedVersion: input.expectedVersion,
    streetId: streetAdmin
      ? type.jurisdictionId
      : ((await streetOfCommunity(platform.store, type.jurisdictionId)) ?? type.jurisdictionId),
    role: streetAdmin ? 'street_admin' : 'community_admin',
  })
  const saved = (await typesOf(platform.store).get(id)) as TypeDoc
  return { type: typeOnly(saved), created: input.expectedVersion === undefined, version }
}

export async function listTypes(platform: Platform, caller: Caller) {
  const places = await adminJurisdictions(platform, caller)
  const ids = places.map((p) => p.replace(/^read:/, ''))
  const page = ids.length
    ? await typesOf(platform.store).find({ where: { jurisdictionId: { in: ids } }, limit: 500 })
    : { items: [] as TypeDoc[] }
  return {
    items: page.items.map((t) => ({ type: typeOnly(t), updatedAt: t.updatedAt ?? null, version: t._v })),
    negativeLists: await negativeLists(platform.store),
  }
}
