/** An address (博泰佳苑 3号楼 2单元 501) whose parts break only between them, never inside one. */
import { Text } from '@tarojs/components'

export function AddressText({ label, className }: { label: string; className?: string }) {
  return (
    <Text className={className}>
      {label
        .split(/\s+/)
        .filter(Boolean)
        .map((part, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of one fixed string, in order
          <Text key={i} className="addr-part">
            {i > 0 ? ` ${part}` : part}
          </Text>
        ))}
    </Text>
  )
}
