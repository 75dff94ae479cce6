/** Step 2 of 代办: which certificate, for what use, and (when the type offers both) 开具 or 告知承诺. */
import { Text, View } from '@tarojs/components'
import type { TypeView } from '../../../../../types/certificate'
import { type CertificateMode, Empty, PurposeAndMode } from '../../../../components'

export function TypeChoice(props: {
  types: TypeView[]
  type: TypeView | null
  purpose: string
  mode: CertificateMode
  onType: (t: TypeView) => void
  onPurpose: (p: string) => void
  onMode: (m: CertificateMode) => void
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
          <PurposeAndMode
            type={type}
            purpose={props.purpose}
            mode={props.mode}
            onPurpose={props.onPurpose}
            onMode={props.onMode}
            purposeClass="proxy-purpose"
          />
        </View>
      ) : null}
    </View>
  )
}
