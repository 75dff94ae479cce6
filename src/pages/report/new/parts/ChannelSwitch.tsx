/**
 * 报物业 / 报网格员. In an estate with no property company (无物业小区) there is no choice: one line says
 * what really happens, so the form never promises 报物业.
 */
import { Text, View } from '@tarojs/components'
import type { Channel, ReportHome } from '../../../../../types/catalog'
import { CHANNEL_LABEL, NO_PROPERTY_CHANNEL_LABEL } from '../../../../lib/categories'

export function ChannelSwitch(props: { channel: Channel; home: ReportHome | null; onChange(ch: Channel): void }) {
  if (props.home && !props.home.hasProperty) {
    return (
      <View className="alert-blue no-property-note">
        <Text className="block channel-no-property">{NO_PROPERTY_CHANNEL_LABEL}</Text>
        <Text className="block small">{props.home.estateName}没有物业服务企业，您的报事由社区网格员受理。</Text>
      </View>
    )
  }
  return (
    <View className="channel-switch">
      {(['property', 'grid'] as const).map((ch) => (
        <Text
          key={ch}
          className={`channel-option channel-option-${ch}${props.channel === ch ? ' channel-option-on' : ''}`}
          onClick={() => props.onChange(ch)}
        >
          {CHANNEL_LABEL[ch]}
        </Text>
      ))}
    </View>
  )
}
