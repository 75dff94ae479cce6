/**
 * Editing the catalogue (admins): a street's admin edits the street's types, a community's admin
 * its own. A type the negative lists name is refused whether saved active or not, citing the circular.
 */
import type { CertificateType } from '../../../types/certificate'
import type { Caller } from '../../../types/identity'
import { AppError, forbidden } from '../../_platform/kit/errors'
import type { Platform } from '../../_platform/ports'
import { isStoreConflict } from '../../_platform/store/port'
import { streetOfCommunity } from '../places'
import { clearReferenceCache } from '../reference-cache'
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

export async function saveType(platform: Platform, caller: Caller, type: CertificateType) {
  if (!mayEdit(caller, type.jurisdictionId)) throw forbidden('只能编辑本街道或本社区的证明目录')
  await refuseBanned(platform.store, type)
  const id = typeDocId(type.jurisdictionId, type.code)
  const types = typesOf(platform.store)
  const at = platform.clock.now().toISOString()
  const before = await types.get(id)
  try {
    const saved = before
      ? await types.patch(id, { ...type, updatedAt: at }, { expectedVersion: before._v })
      : await types.insert({ _id: id, ...type, createdAt: at, updatedAt: at } as never)
    clearReferenceCache(platform.store)
    return { type: typeOnly(saved as TypeDoc), created: !before }
  } catch (error) {
    if (isStoreConflict(error)) throw new AppError('CONFLICT', '目录刚被他人修改，请刷新后再保存')
    throw error
  }
}

export async function listTypes(platform: Platform, caller: Caller) {
  const places = await adminJurisdictions(platform, caller)
  const ids = places.map((p) => p.replace(/^read:/, ''))
  const page = ids.length
    ? await typesOf(platform.store).find({ where: { jurisdictionId: { in: ids } }, limit: 500 })
    : { items: [] as TypeDoc[] }
  return {
    items: page.items.map((t) => ({ type: typeOnly(t), updatedAt: t.updatedAt ?? null })),
    negativeLists: await negativeLists(platform.store),
  }
}
