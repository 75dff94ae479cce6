import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { type PropsWithChildren, useEffect } from 'react'
import { useElderMode } from '../lib/elder-mode'

interface Props {
  /** sets the navigation bar title (otherwise the page config's title stays) */
  title?: string
  className?: string
}

/** Every page's root: big base text, light background, and 长辈模式 (class `elder`) when it is on. */
export function PageShell({ title, className, children }: PropsWithChildren<Props>) {
  const [elder] = useElderMode()
  useEffect(() => {
    if (title) Taro.setNavigationBarTitle({ title }).catch(() => undefined)
  }, [title])
  return <View className={['page-shell', elder ? 'elder' : '', className ?? ''].join(' ').trim()}>{children}</View>
}
