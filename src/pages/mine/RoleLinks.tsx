/**
 * The rows of 我的 that depend on the roles: 我的证明 for everyone; 证明办理 for reviewers and the
 * street; 证明目录 for admins; 房屋底册 for community admins; 工作人员 and 邀请工作人员 for whoever manages
 * staff (street and community admins, property managers).
 */
import { Text, View } from '@tarojs/components'
import { CERT_ROUTES } from '../../lib/certificates'
import { go, ROUTES } from '../../lib/routes'

export function RoleLinks({ scopes }: { scopes: ReadonlyArray<{ role: string }> }) {
  const has = (...roles: string[]) => scopes.some((s) => roles.includes(s.role))
  const links = [
    { url: CERT_ROUTES.mine, text: '我的证明', show: !scopes.length || has('grid_worker') },
    { url: CERT_ROUTES.staffInbox, text: '证明办理', show: has('community_admin', 'grid_leader', 'street_admin') },
    { url: CERT_ROUTES.adminCatalogue, text: '证明目录', show: has('community_admin', 'street_admin') },
    { url: ROUTES.adminRoster, text: '房屋底册', show: has('community_admin') },
    { url: ROUTES.adminStaff, text: '工作人员', show: has('street_admin', 'community_admin', 'property_manager') },
    {
      url: ROUTES.adminInvites,
      text: '邀请工作人员',
      show: has('street_admin', 'community_admin', 'property_manager'),
    },
  ]
  return (
    <View>
      {links
        .filter((l) => l.show)
        .map((l) => (
          <View key={l.url} className="card card-link role-link" data-url={l.url} onClick={() => go(l.url)}>
            <Text className="grow">{l.text}</Text>
            <Text className="chevron">›</Text>
          </View>
        ))}
    </View>
  )
}
