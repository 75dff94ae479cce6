/**
 * 本人同意: how the resident agreed (当面 / 电话 / 书面签字), a note, and the grid worker's statement
 * that the resident was told what is applied for and agreed. Stored on the request as its consent.
 */
import { Text, Textarea, View } from '@tarojs/components'
import { CONSENT_METHOD_LABEL, CONSENT_METHODS, type ConsentMethod } from '../../../../../types/certificate-labels'

export interface Consent {
  method: ConsentMethod | null
  note: string
  confirmed: boolean
}

export const NO_CONSENT: Consent = { method: null, note: '', confirmed: false }

/** What is missing before the consent can be recorded; null when it is complete. */
export function consentProblem(c: Consent): string | null {
  if (!c.method) return '请选择居民本人同意的方式'
  if (!c.confirmed) return '请勾选确认：已向居民本人说明并征得同意'
  return null
}

export function ConsentCard(props: {
  name: string
  typeName: string
  purpose: string
  value: Consent
  onChange: (c: Consent) => void
}) {
  const { name, value, onChange } = props
  return (
    <View className="card proxy-consent">
      <Text className="field-label">代办须征得{name}本人同意</Text>
      <Text className="block small" style={{ lineHeight: 1.6 }}>
        {`请向${name}说明：由网格员代为申请“${props.typeName}”，用途为“${props.purpose}”；申请和证明都记在${name}本人名下，本人可在“我的证明”中查看。`}
      </Text>
      <Text className="field-label" style={{ marginTop: '24px' }}>
        本人同意的方式
      </Text>
      <View className="chips">
        {CONSENT_METHODS.map((m) => (
          <Text
            key={m}
            className={`chip proxy-consent-${m}${value.method === m ? ' chip-on' : ''}`}
            onClick={() => onChange({ ...value, method: m })}
          >
            {CONSENT_METHOD_LABEL[m]}
          </Text>
        ))}
      </View>
      <Text className="field-label">备注（可选）</Text>
      <Textarea
        className="textarea proxy-consent-note"
        maxlength={200}
        value={value.note}
        placeholder="如：12月2日上门，本人及女儿在场"
        onInput={(e) => onChange({ ...value, note: e.detail.value })}
      />
      <View
        className={`proxy-consent-check${value.confirmed ? ' is-on' : ''}`}
        onClick={() => onChange({ ...value, confirmed: !value.confirmed })}
      >
        <Text className="proxy-box">{value.confirmed ? '☑' : '☐'}</Text>
        <Text className="proxy-consent-statement">我已向{name}本人说明代办事项，本人同意由我代为申请。</Text>
      </View>
    </View>
  )
}
