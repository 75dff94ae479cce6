/** Tap-to-call buttons (an emergency hint's 119 and the gas company's, a grid's service phone). */
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'

export interface CallLine {
  label: string
  phone: string
}

export const callPhone = (phone: string) => Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined)

export function CallButtons({ calls }: { calls: readonly CallLine[] }) {
  if (calls.length === 0) return null
  return (
    <View className="call-buttons">
      {calls.map((c) => (
        <View
          key={`${c.label}${c.phone}`}
          className="call-button"
          data-phone={c.phone}
          onClick={() => callPhone(c.phone)}
        >
          <Text className="call-button-icon">📞</Text>
          <Text className="call-button-label">{c.label}</Text>
        </View>
      ))}
    </View>
  )
}
