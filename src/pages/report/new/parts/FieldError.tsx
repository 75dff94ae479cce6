import { Text } from '@tarojs/components'

/** A field's own message, right under it, in red (the page scrolls to it). */
export function FieldError({ message }: { message: string | null | undefined }) {
  return message ? <Text className="block field-error">{message}</Text> : null
}
