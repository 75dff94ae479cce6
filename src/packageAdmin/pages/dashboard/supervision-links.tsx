/** 督办考核 and 物业红黑榜 from the dashboard: the figures for every admin, the board workflow for the street. */
import { Text, View } from '@tarojs/components'
import type { User } from '../../../../types/identity'
import { go, ROUTES } from '../../../lib/routes'

export function SupervisionLinks({ user }: { user: User | null }) {
  const roles = new Set((user?.scopes ?? []).map((s) => s.role))
  const street = roles.has('street_admin')
  if (!street && !roles.has('community_admin')) return null
  return (
    <View className="dash-sv">
      <View className="dash-sv-link dash-sv-supervision" onClick={() => go(ROUTES.adminSupervision)}>
        <Text className="dash-sv-title">督办考核</Text>
        <Text className="dash-sv-note">按时签收率、办结率、满意率，图表、下钻与导出</Text>
      </View>
      {street ? (
        <View className="dash-sv-link dash-sv-board" onClick={() => go(ROUTES.adminBoard)}>
          <Text className="dash-sv-title">物业红黑榜</Text>
          <Text className="dash-sv-note">季度计算、公示、申诉、发布</Text>
        </View>
      ) : null}
    </View>
  )
}
