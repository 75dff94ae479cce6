import { View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'

interface Props {
  kind?: 'primary' | 'secondary' | 'danger' | 'plain'
  disabled?: boolean
  /** shows a busy label and ignores taps */
  loading?: boolean
  loadingText?: string
  block?: boolean
  className?: string
  onClick?: () => void
}

/** A large, easy-to-hit button (a View, so it looks the same in WeChat and H5). */
export function Btn({
  kind = 'primary',
  disabled,
  loading,
  loadingText,
  block,
  className,
  onClick,
  children,
}: PropsWithChildren<Props>) {
  const off = disabled || loading
  const cls = ['btn', `btn-${kind}`, block ? 'btn-block' : '', off ? 'btn-disabled' : '', className ?? '']
  return (
    <View
      className={cls.join(' ').trim()}
      role="button"
      aria-disabled={off ? 'true' : 'false'}
      onClick={() => {
        if (!off) onClick?.()
      }}
    >
      {loading ? (loadingText ?? '请稍候…') : children}
    </View>
  )
}
