/** Step 2 of 代办: which certificate, for what use, and (when the type offers both) 开具 or 告知承诺. */
import { Text, View } from '@tarojs/components'
import type { TypeView } from '../../../../../types/certificate'
import { Empty } from '../../../../components'

export type Mode = 'issue' | 'pledge'

export function TypeChoice(props: {
  types: TypeView[]
  type: TypeView | null
  purpose: string
  mode: Mode
  onType: (t: TypeView) => void
  onPurpose: (p: string) => void
  onMode: (m: Mode) => void
}) {
  const { types, type } = props
  if (types.length === 0) return <Empty text="本社区暂未开通在线办理证明，请联系社区。" />
  return (
    <View className="card proxy-types">
      <Text className="field-label">办理哪项证明</Text>
      {types.map((t) => (
        <View
          key={t.code}
          className={`proxy-type${type?.code === t.code ? ' is-on' : ''}`}
          data-code={t.code}
          onClick={() => props.onType(t)}
        >
          <Text className="block proxy-type-name">
            {type?.code === t.code ? '◉ ' : '○ '}
            {t.name}
          </Text>
          <Text className="block muted small">
            {t.modeLabel} · {t.timeLimitText}
          </Text>
        </View>
      ))}
      {type ? (
        <View style={{ marginTop: '24px' }}>
          <Text className="field-label">办理用途</Text>
          <View className="chips">
            {type.purposes.map((p) => (
              <Text
                key={p}
                className={`chip proxy-purpose${props.purpose === p ? ' chip-on' : ''}`}
                onClick={() => props.onPurpose(p)}
              >
                {p}
              </Text>
            ))}
          </View>
          {type.mode === 'both' ? (
            <View>
              <Text className="field-label">办理方式</Text>
              <View className="chips">
                <Text
                  className={`chip${props.mode === 'issue' ? ' chip-on' : ''}`}
                  onClick={() => props.onMode('issue')}
                >
                  开具证明
                </Text>
                <Text
                  className={`chip${props.mode === 'pledge' ? ' chip-on' : ''}`}
                  onClick={() => props.onMode('pledge')}
                >
                  告知承诺（免证明）
                </Text>
              </View>
            </View>
          ) : null}
        </View>
      ) : null}
    </View>
  )
}
