/** 问题在哪里: 我家/本楼, or 其他地方 described in words. */
import { Input, Text, View } from '@tarojs/components'
import { fieldId } from '../validate'
import { FieldError } from './FieldError'

export function PlaceField(props: {
  place: 'home' | 'elsewhere'
  where: string
  error: string | null
  onPlace(p: 'home' | 'elsewhere'): void
  onWhere(w: string): void
}) {
  const { place, error } = props
  return (
    <View id={fieldId('where')} className={`field${error ? ' field-invalid' : ''}`}>
      <Text className="field-label">问题在哪里</Text>
      <View className="channel-switch place-switch">
        <Text
          className={`channel-option place-home${place === 'home' ? ' channel-option-on' : ''}`}
          onClick={() => props.onPlace('home')}
        >
          我家/本楼
        </Text>
        <Text
          className={`channel-option place-elsewhere${place === 'elsewhere' ? ' channel-option-on' : ''}`}
          onClick={() => props.onPlace('elsewhere')}
        >
          其他地方（道路、公园等）
        </Text>
      </View>
      {place === 'elsewhere' ? (
        <Input
          className="input place-where"
          value={props.where}
          maxlength={100}
          placeholder="例如：小区北门外人行道"
          onInput={(e) => props.onWhere(e.detail.value)}
        />
      ) : null}
      <FieldError message={error} />
    </View>
  )
}
