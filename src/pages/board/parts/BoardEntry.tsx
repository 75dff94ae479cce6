/** The way to 物业红黑榜 (and the quarterly survey) from 首页 and 办事. */
import { Text, View } from '@tarojs/components'
import { go, ROUTES } from '../../../lib/routes'

export function BoardEntry({ className }: { className?: string }) {
  return (
    <View className={`card card-link board-entry ${className ?? ''}`} onClick={() => go(ROUTES.board)}>
      <Text className="channel-icon">🏆</Text>
      <View className="grow" style={{ marginLeft: '16px' }}>
        <Text className="block" style={{ fontWeight: 'bold' }}>
          物业红黑榜
        </Text>
        <Text className="block muted small">每季度给物业打分，看看各小区物业排名</Text>
      </View>
      <Text className="chevron">›</Text>
    </View>
  )
}
