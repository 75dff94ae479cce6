/** 问题描述: starts empty (never prefilled with the room); a counter shows how much is left. */
import { Text, Textarea, View } from '@tarojs/components'
import { fieldId } from '../validate'
import { FieldError } from './FieldError'

const MAX = 500

export function DescriptionField(props: { value: string; error: string | null; onChange(v: string): void }) {
  return (
    <View id={fieldId('description')} className={`field${props.error ? ' field-invalid' : ''}`}>
      <Text className="field-label">问题描述</Text>
      <Textarea
        className="textarea description"
        value={props.value}
        maxlength={MAX}
        autoHeight
        placeholder="发生了什么，例如：5楼楼道灯不亮"
        onInput={(e) => props.onChange(e.detail.value)}
      />
      <Text className="block muted small char-count">
        {props.value.length}/{MAX}
      </Text>
      <FieldError message={props.error} />
    </View>
  )
}
