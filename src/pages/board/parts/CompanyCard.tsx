/** One company on the resident board: grade, rank, one sentence why, and each part of the score explained. */
import { Text, View } from '@tarojs/components'
import type { BoardItem } from '../../../../types/board'
import { explain, verdict } from './explain'

export function CompanyCard({ item }: { item: BoardItem }) {
  return (
    <View className={`card rb-company rb-company-${item.list}`} data-id={item.companyId}>
      <View className="rb-company-top">
        <View className="grow">
          <Text className="block rb-company-name">{item.companyName}</Text>
          {item.rank !== null ? <Text className="block muted rb-rank">第{item.rank}名</Text> : null}
        </View>
        <Text className={`rb-grade rb-grade-${item.list}`}>{item.list === 'insufficient' ? '—' : item.grade}</Text>
      </View>
      <Text className="block rb-verdict">{verdict(item)}</Text>
      <View className="rb-lines">
        {explain(item).map((l) => (
          <View key={l.key} className={`rb-line rb-line-${l.key}`}>
            <View className="rb-line-head">
              <Text className="rb-line-title">{l.title}</Text>
              <Text className="rb-line-points">{l.points}</Text>
            </View>
            <Text className="block muted rb-line-text">{l.text}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
