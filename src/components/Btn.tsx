import type { PropsWithChildren } from 'react'
import { Button } from './nutui'

interface Props {
  kind?: 'primary' | 'secondary' | 'danger' | 'plain'
  disabled?: boolean
  /** shows a spinner and a busy label, and ignores taps */
  loading?: boolean
  loadingText?: string
  block?: boolean
  className?: string
  onClick?: () => void
}

/** NutUI's type/fill for each of our kinds: solid blue, blue outline, red outline, text only. */
const NUT = {
  primary: { type: 'primary', fill: 'solid' },
  secondary: { type: 'primary', fill: 'outline' },
  danger: { type: 'danger', fill: 'outline' },
  plain: { type: 'default', fill: 'none' },
} as const

/** A large, easy-to-hit button: NutUI's Button, sized for 长辈 by the --nutui-button-* variables in app.scss. */
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
    <Button
      className={cls.join(' ').trim()}
      type={NUT[kind].type}
      fill={NUT[kind].fill}
      size="large"
      block={block}
      disabled={disabled}
      loading={loading}
      aria-disabled={off ? 'true' : 'false'}
      onClick={() => {
        if (!off) onClick?.()
      }}
    >
      {loading ? (loadingText ?? '请稍候…') : children}
    </Button>
  )
}
