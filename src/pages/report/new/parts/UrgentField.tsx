/** 情况紧急: a switch, or a note when the category is urgent anyway. */
import { Text, View } from '@tarojs/components'
import { Switch } from '../../../../components'

export function UrgentField(props: { categoryUrgent: boolean; urgent: boolean; onChange(v: boolean): void }) {
  if (props.categoryUrgent) {
    return (
      <View className="card urgent-note">
        <Text className="block">此类问题按紧急处理，全天计时，尽快派人。</Text>
      </View>
    )
  }
  return (
    <View className="card switch-row">
      <View className="grow">
        <Text className="block">情况紧急</Text>
        <Text className="block muted small">影响安全或正常生活时打开</Text>
      </View>
      <Switch className="urgent-switch" checked={props.urgent} loadingIcon={null} onChange={props.onChange} />
    </View>
  )
}
