/** The caller's home as the report form reads it: the estate's name and whether a property company serves it. */
import type { ReportHome } from '../../types/catalog'
import type { Caller } from '../../types/identity'
import type { Store } from '../_platform/store/port'
import { estateOf } from './places'

/** From the reference cache (the estate set), so the catalogue read costs no extra round trip when warm. */
export async function reportHomeOf(store: Store, caller: Caller): Promise<ReportHome | null> {
  if (!caller.address) return null
  try {
    const { estate } = await estateOf(store, caller.address.estateId)
    return { estateName: estate.name, hasProperty: !!estate.propertyCompanyId }
  } catch {
    return null
  }
}
