import { Text, View } from '@tarojs/components'
import { Rate } from './nutui'

const WORDS = ['', '很不满意', '不满意', '一般', '满意', '非常满意']

interface Props {
  value: number
  onChange?: (stars: number) => void
}

/** 1–5 stars (NutUI Rate), big enough for a thumb; read-only without onChange. */
export function Stars({ value, onChange }: Props) {
  return (
    <View className="stars">
      <Rate
        className="stars-rate"
        size="large"
        count={5}
        value={value}
        readOnly={!onChange}
        checkedIcon={<Text className="star star-on">★</Text>}
        uncheckedIcon={<Text className="star">★</Text>}
        onChange={(n) => onChange?.(n)}
      />
      {value ? <Text className="stars-word">{WORDS[value]}</Text> : null}
    </View>
  )
}
