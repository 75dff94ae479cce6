/** Step 5 of 代办: what will be submitted, and on the pledge path the 告知承诺书 read to the resident. */
import { Text, View } from '@tarojs/components'
import type { TypeView } from '../../../../../types/certificate'
import { CONSENT_METHOD_LABEL, type ConsentMethod } from '../../../../../types/certificate-labels'

export function ConfirmCard(props: {
  name: string
  type: TypeView
  purpose: string
  consent: { method: ConsentMethod; note: string }
  /** how many material photos; null on the pledge path */
  materials: number | null
  pledged: boolean
  onPledged: (v: boolean) => void
}) {
  const { name, type, consent, pledged } = props
  return (
    <View className="card proxy-confirm">
      <Text className="field-label">请核对后提交</Text>
      <Row k="证明" v={type.name} />
      <Row k="用途" v={props.purpose} />
      <Row k="本人同意" v={CONSENT_METHOD_LABEL[consent.method]} />
      {consent.note.trim() ? <Row k="备注" v={consent.note.trim()} /> : null}
      {props.materials !== null ? (
        <Row k="材料" v={`${props.materials} 张照片`} />
      ) : (
        <View className="alert-blue cert-pledge-text">
          <Text className="block" style={{ fontWeight: 'bold' }}>
            告知承诺书（请向{name}宣读）
          </Text>
          <Text className="block">{type.pledgeText}</Text>
          <Text
            className={`chip cert-pledge-check${pledged ? ' chip-on' : ''}`}
            onClick={() => props.onPledged(!pledged)}
          >
            {pledged ? '☑' : '☐'} 已向本人宣读，本人承诺
          </Text>
        </View>
      )}
      <Text className="block muted small" style={{ marginTop: '16px' }}>
        提交后，申请记在{name}名下，注明由您代办；办理进度会通知本人和您。
      </Text>
    </View>
  )
}

function Row({ k, v }: { k: string; v: string }) {
  return (
    <View className="kv">
      <Text className="kv-key">{k}</Text>
      <Text className="kv-value">{v}</Text>
    </View>
  )
}
