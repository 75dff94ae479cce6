/** 我的网格员: who looks after the resident's grid, with one tap to call its service phone, and the company's and community's. */
import { Text, View } from '@tarojs/components'
import type { ContactsOutput } from '../../../../types/contacts'
import { call } from '../../../api'
import { callPhone } from '../../../components'
import { useLoad } from '../../../lib/use-load'

export function GridCard({ userId }: { userId: string }) {
  const contacts = useLoad(() => call<ContactsOutput>('report', 'contacts'), [userId])
  const c = contacts.data
  // a card that cannot load stays out of the way: the rest of the home page still works
  if (!c) return null
  const lines = [
    c.property ? { key: 'property', label: '物业', name: c.property.name, phone: c.property.phone } : null,
    { key: 'community', label: '社区', name: c.community.name, phone: c.community.phone },
  ].filter((l): l is NonNullable<typeof l> => l !== null)
  return (
    <View className="card grid-card">
      <View className="grid-card-head">
        <View className="grow">
          <Text className="block field-label">我的网格员</Text>
          <Text className="block grid-card-name">{c.grid.workers.join('、') || '网格员待配备'}</Text>
          <Text className="block muted small">{c.grid.name}</Text>
        </View>
        {c.grid.phone ? (
          <View
            className="grid-card-call"
            data-phone={c.grid.phone}
            onClick={() => c.grid.phone && callPhone(c.grid.phone)}
          >
            <Text className="block">📞</Text>
            <Text className="block">呼叫网格员</Text>
          </View>
        ) : null}
      </View>
      {lines.map((l) => (
        <View key={l.key} className="kv">
          <Text className="kv-key">{l.label}</Text>
          <Text className="kv-value">
            {l.name}
            {l.phone ? (
              <Text className="grid-card-phone" onClick={() => l.phone && callPhone(l.phone)}>
                {` ${l.phone} 拨打`}
              </Text>
            ) : null}
          </Text>
        </View>
      ))}
    </View>
  )
}
