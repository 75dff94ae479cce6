import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './sheet.scss'

/** A bottom sheet for one action's form. Closed sheets are not rendered at all. */
export function Sheet(props: { title: string; name: string; onClose: () => void; children: ReactNode }) {
  return (
    <View className={`sheet-mask sheet-${props.name}`} onClick={props.onClose} catchMove>
      <View className="sheet" onClick={(e) => e.stopPropagation()}>
        <View className="sheet-head">
          <Text className="sheet-title">{props.title}</Text>
          <View className="sheet-close" onClick={props.onClose}>
            取消
          </View>
        </View>
        <View className="sheet-body">{props.children}</View>
      </View>
    </View>
  )
}
