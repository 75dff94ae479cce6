import { Text, View } from '@tarojs/components'

const WORDS = ['', '很不满意', '不满意', '一般', '满意', '非常满意']

interface Props {
  value: number
  onChange?: (stars: number) => void
}

/** 1–5 stars, big enough for a thumb; read-only without onChange. */
export function Stars({ value, onChange }: Props) {
  return (
    <View className="stars">
      {[1, 2, 3, 4, 5].map((n) => (
        <Text
          key={n}
          className={`star${n <= value ? ' star-on' : ''}`}
          onClick={onChange ? () => onChange(n) : undefined}
        >
          ★
        </Text>
      ))}
      {value ? <Text className="stars-word">{WORDS[value]}</Text> : null}
    </View>
  )
}
