/** A routing rule an admin may save: everything it names exists and belongs to their street. */
import type { RuleDraft } from '../../types/admin'
import { forbidden, invalidInput } from '../_platform/kit/errors'
import type { Store, StoredDoc } from '../_platform/store/port'
import { categoryByCode } from '../_services/catalog'
import type { PlaceDoc } from '../_services/places'
import { requireStreetEstate, requireStreetOrg } from './street-scope'

export async function checkRule(store: Store, streetId: string, rule: RuleDraft): Promise<void> {
  if (rule.categoryCode && !(await categoryByCode(store, rule.categoryCode))) {
    throw invalidInput(`没有这个报事类别：${rule.categoryCode}`)
  }
  if (rule.estateId) await requireStreetEstate(store, streetId, rule.estateId)
  if (rule.handler === 'department' && !rule.orgId) throw invalidInput('派给职能部门的规则须指定部门')
  if (rule.orgId) {
    const kind = rule.handler === 'department' ? 'department' : rule.handler
    await requireStreetOrg(store, streetId, rule.orgId, kind)
  }
  // a street-wide rule (no estate) is shared by every street of the deployment: only by category
  if (!rule.estateId && rule.orgId && rule.handler !== 'department') {
    throw invalidInput('全街道通用的规则只能按类别指定单位类型，具体单位请按小区设置')
  }
}

/** A stored rule that overrides another street's estate is not this admin's to change. */
export const ownRuleGuard = (estates: Map<string, PlaceDoc>, streetId: string) => (current: StoredDoc | null) => {
  const estateId = (current as { estateId?: unknown } | null)?.estateId
  if (typeof estateId === 'string' && estateId && estates.get(estateId)?.streetId !== streetId) {
    throw forbidden('这条规则属于其他街道')
  }
}
