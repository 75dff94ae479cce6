/**
 * 长辈模式's home (in the style of 粤省事 and 随申办 长辈版): the street's six most reported problems
 * as big tiles two to a row, 报物业 / 报网格员, a big 一键呼叫网格员, and 更多问题 for the rest.
 */
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { CategoryView } from '../../../../types/catalog'
import type { ContactsOutput } from '../../../../types/contacts'
import { call } from '../../../api'
import { callPhone, ErrorBox, Loading } from '../../../components'
import { ReportChannels } from '../../../components/ReportChannels'
import { loadCategories, loadPopular } from '../../../lib/categories'
import { useLoad } from '../../../lib/use-load'

function Tiles({ items, open }: { items: CategoryView[]; open: (c: CategoryView) => void }) {
  return (
    <View className="elder-tiles">
      {items.map((c) => (
        <View
          key={c.code}
          className={`elder-tile${c.emergencyHint ? ' category-urgent' : ''}`}
          data-code={c.code}
          onClick={() => open(c)}
        >
          <Text className="elder-tile-icon">{c.icon}</Text>
          <Text className="elder-tile-name word">{c.name}</Text>
        </View>
      ))}
    </View>
  )
}

export function ElderHome({ userId, open }: { userId: string; open: (c: CategoryView) => void }) {
  const popular = useLoad(() => loadPopular(), [userId])
  const all = useLoad(() => loadCategories(), [userId])
  const contacts = useLoad(() => call<ContactsOutput>('report', 'contacts'), [userId])
  const [more, setMore] = useState(false)
  const gridPhone = contacts.data?.grid.phone
  const shown = new Set((popular.data ?? []).map((c) => c.code))
  return (
    <View className="elder-home">
      {gridPhone ? (
        <View className="elder-call" data-phone={gridPhone} onClick={() => callPhone(gridPhone)}>
          <Text className="block elder-call-title">📞 一键呼叫网格员</Text>
          <Text className="block elder-call-sub word">
            {contacts.data?.grid.workers.join('、') || contacts.data?.grid.name}
          </Text>
        </View>
      ) : null}
      <ReportChannels />
      <Text className="h2">常见问题，点一下就能报</Text>
      {popular.loading ? <Loading /> : null}
      {popular.error ? <ErrorBox error={popular.error} onRetry={popular.reload} /> : null}
      <Tiles items={popular.data ?? []} open={open} />
      {more ? (
        <Tiles items={(all.data ?? []).filter((c) => !shown.has(c.code))} open={open} />
      ) : (
        <View className="elder-more" onClick={() => setMore(true)}>
          <Text>更多问题 ›</Text>
        </View>
      )}
    </View>
  )
}
