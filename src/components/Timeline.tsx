import { Text, View } from '@tarojs/components'
import { formatTime } from '../../types/china-time'
import type { TimelineEntry } from '../../types/report'
import { PhotoGrid } from './PhotoGrid'

/** Every event of an order, oldest first, with who, when, notes and photos (e.g. after-photos). */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  if (!entries.length) return <Text className="muted">暂无记录</Text>
  return (
    <View className="timeline">
      {entries.map((e, i) => (
        <View key={e.id} className={`timeline-entry${i === entries.length - 1 ? ' timeline-last' : ''}`}>
          <View className="timeline-dot" />
          <View className="timeline-body">
            <View className="timeline-head">
              <Text className="timeline-action">{e.actionLabel}</Text>
              <Text className="timeline-time">{formatTime(e.at)}</Text>
            </View>
            <Text className="timeline-actor">
              {e.actorName}
              {e.actorRoleLabel ? `（${e.actorRoleLabel}）` : ''}
            </Text>
            {e.note ? <Text className="timeline-note">{e.note}</Text> : null}
            <PhotoGrid urls={e.photoUrls} />
          </View>
        </View>
      ))}
    </View>
  )
}
