/**
 * The tools each role has, as one table for both 我的 pages (the resident's and the staff's): a row
 * shows when the person has any of its roles ('resident' = no staff scope at all), in this order.
 */
import { CERT_ROUTES } from './certificates'
import { ROUTES } from './routes'

const LINKS: ReadonlyArray<{ text: string; url: string; roles: readonly string[] }> = [
  { text: '我的证明', url: CERT_ROUTES.mine, roles: ['resident', 'grid_worker'] },
  { text: '代办证明', url: ROUTES.staffProxyApply, roles: ['grid_worker'] },
  { text: '巡查上报', url: ROUTES.staffPatrol, roles: ['grid_worker', 'grid_leader'] },
  {
    text: '待核实住户',
    url: ROUTES.staffHouseholds,
    roles: ['grid_worker', 'grid_leader', 'community_admin', 'street_admin'],
  },
  { text: '证明办理', url: CERT_ROUTES.staffInbox, roles: ['community_admin', 'grid_leader', 'street_admin'] },
  { text: '证明目录', url: CERT_ROUTES.adminCatalogue, roles: ['community_admin', 'street_admin'] },
  { text: '房屋底册', url: ROUTES.adminRoster, roles: ['community_admin'] },
  { text: '工作人员', url: ROUTES.adminStaff, roles: ['street_admin', 'community_admin', 'property_manager'] },
  { text: '邀请工作人员', url: ROUTES.adminInvites, roles: ['street_admin', 'community_admin', 'property_manager'] },
]

/** The rows for someone with these scopes. */
export function roleLinksFor(scopes: ReadonlyArray<{ role: string }>): Array<{ text: string; url: string }> {
  const roles = new Set(scopes.length ? scopes.map((s) => s.role) : ['resident'])
  return LINKS.filter((l) => l.roles.some((r) => roles.has(r))).map(({ text, url }) => ({ text, url }))
}
