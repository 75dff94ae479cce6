/** The street office's pages as a grid of entries on the dashboard (places and orgs for community admins too). */
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { User } from '../../../types/identity'
import { ADMIN_PAGES } from './api'
import './admin-links.scss'

const COMMUNITY_PAGES = new Set(['places', 'staff', 'invites', 'roster'])
/** pages only a community admin can use (the roster is the community's own) */
const COMMUNITY_ONLY = new Set(['roster'])

export function AdminLinks({ user }: { user: User | null }) {
  const roles = new Set((user?.scopes ?? []).map((s) => s.role))
  const pages = ADMIN_PAGES.filter(
    (p) =>
      (roles.has('street_admin') && !COMMUNITY_ONLY.has(p.key)) ||
      (roles.has('community_admin') && COMMUNITY_PAGES.has(p.key)),
  )
  if (!pages.length) return null
  return (
    <View className="admin-links">
      <Text className="admin-links-title">街道配置</Text>
      <View className="admin-links-grid">
        {pages.map((p) => (
          <View
            key={p.key}
            className={`admin-link admin-link-${p.key}`}
            onClick={() => Taro.navigateTo({ url: p.url })}
          >
            <Text className="admin-link-title">{p.title}</Text>
            <Text className="admin-link-note">{p.note}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
