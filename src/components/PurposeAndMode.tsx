/**
 * A certificate application's 办理用途 chips and, when the type offers both, 开具证明 or 告知承诺:
 * the resident's own apply page and the grid worker's 代办 page ask the same two questions.
 */
import { Text, View } from '@tarojs/components'
import type { TypeView } from '../../types/certificate'

export type CertificateMode = 'issue' | 'pledge'

const MODES: Array<{ mode: CertificateMode; label: string }> = [
  { mode: 'issue', label: '开具证明' },
  { mode: 'pledge', label: '告知承诺（免证明）' },
]

export function PurposeAndMode(props: {
  type: TypeView
  purpose: string
  mode: CertificateMode
  onPurpose: (p: string) => void
  onMode: (m: CertificateMode) => void
  /** the purpose chips' own class, for the page's styles and tests */
  purposeClass: string
}) {
  const { type } = props
  return (
    <>
      <Text className="field-label">办理用途</Text>
      <View className="chips">
        {type.purposes.map((p) => (
          <Text
            key={p}
            className={`chip ${props.purposeClass}${props.purpose === p ? ' chip-on' : ''}`}
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
            {MODES.map(({ mode, label }) => (
              <Text
                key={mode}
                className={`chip${props.mode === mode ? ' chip-on' : ''}`}
                onClick={() => props.onMode(mode)}
              >
                {label}
              </Text>
            ))}
          </View>
        </View>
      ) : null}
    </>
  )
}
