import { Text, View } from '@tarojs/components'
import { PhotoPicker } from '../../../../components'
import { fieldId } from '../validate'
import { FieldError } from './FieldError'

/** 照片: optional; 长辈模式 asks for one photo in plain words. */
export function PhotoField(props: {
  elder: boolean
  error?: string | null
  onChange: (photos: string[]) => void
  onBusyChange: (busy: boolean) => void
}) {
  return (
    <View id={fieldId('photos')} className="field">
      <Text className="field-label">{props.elder ? '拍张照片（可选）' : '照片（可选，最多9张）'}</Text>
      <PhotoPicker onChange={props.onChange} onBusyChange={props.onBusyChange} />
      <FieldError message={props.error} />
    </View>
  )
}
