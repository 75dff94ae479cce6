/**
 * The catalogue of a jurisdiction: the types a street and a community offer, the negative lists
 * that refuse banned types, and the street's certificate settings. Reference data, cached briefly.
 */
import { CertificateSettings, CertificateType, NegativeList } from '../../../types/certificate'
import { bannedMatch, bannedMessage } from '../../_core/certificates'
import { forbidden, notFound } from '../../_platform/kit/errors'
import type { Store } from '../../_platform/store/port'
import { cachedRead } from '../reference-cache'
import { certificateSettingsId, NEGATIVE_LISTS_ID, type TypeDoc, typeDocId, typesOf } from './docs'

/** The negative lists (`settings/cert-negative-lists`): the national one and any province's extension. */
export function negativeLists(store: Store): Promise<NegativeList[]> {
  return cachedRead(store, NEGATIVE_LISTS_ID, async () => {
    const doc = await store.collection('settings').get(NEGATIVE_LISTS_ID)
    const lists = Array.isArray(doc?.lists) ? doc.lists : []
    return lists.flatMap((d) => {
      const parsed = NegativeList.safeParse(d)
      if (!parsed.success) console.warn('[certificates] a stored negative list is malformed and was skipped')
      return parsed.success ? [parsed.data] : []
    })
  })
}

/** Refuses a type the negative lists name, citing the circular. */
export async function refuseBanned(store: Store, type: Pick<CertificateType, 'name' | 'code'>): Promise<void> {
  const hit = bannedMatch(type, await negativeLists(store))
  if (hit) throw forbidden(bannedMessage(type.name, hit))
}

/** The types offered to a community: the street's and the community's own, active or not. */
export function typesFor(store: Store, streetId: string, communityId: string): Promise<TypeDoc[]> {
  return cachedRead(store, `cert-types:${streetId}:${communityId}`, async () => {
    const page = await typesOf(store).find({ where: { jurisdictionId: { in: [streetId, communityId] } }, limit: 200 })
    // a community's own type of the same code wins over the street's
    const byCode = new Map<string, TypeDoc>()
    for (const t of page.items) if (!byCode.has(t.code) || t.jurisdictionId === communityId) byCode.set(t.code, t)
    return [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : 1))
  })
}

export async function typeFor(store: Store, streetId: string, communityId: string, code: string): Promise<TypeDoc> {
  const t = (await typesFor(store, streetId, communityId)).find((x) => x.code === code)
  if (!t?.active) throw notFound('没有这项证明，或暂不受理')
  return t
}

/** One type by its stored id, active or not (a request's own type, for its wording and materials). */
export async function typeById(store: Store, id: string): Promise<TypeDoc> {
  const t = await cachedRead(store, `cert-type:${id}`, () => typesOf(store).get(id))
  if (!t) throw notFound('这项证明已从目录中删除')
  return t
}

export function typeOnly(doc: TypeDoc): CertificateType {
  const { _id, _v, createdAt, updatedAt, ...rest } = doc
  return CertificateType.parse(rest)
}

export { typeDocId }

/** The street's settings: issuers, pledge sampling, verification limit, 救济途径. */
export function certificateSettings(store: Store, streetId: string): Promise<CertificateSettings> {
  return cachedRead(store, `cert-settings:${streetId}`, async () => {
    const doc = await store.collection('settings').get(certificateSettingsId(streetId))
    const parsed = CertificateSettings.safeParse(doc ?? {})
    if (!parsed.success) throw notFound('本街道尚未配置在线办事（出证单位、抽查比例），请联系街道管理员')
    return parsed.data
  })
}
