import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ApiError } from '../api'
import { DEV_PAGES } from '../lib/env'
import { ROUTES } from '../lib/routes'
import { Btn } from './Btn'

export function Loading({ text = '正在加载…' }: { text?: string }) {
  return (
    <View className="state state-loading">
      <View className="spinner" />
      <Text className="state-text">{text}</Text>
    </View>
  )
}

interface EmptyProps {
  text: string
  actionText?: string
  onAction?: () => void
}

/** Nothing here yet — and always a way on. */
export function Empty({ text, actionText, onAction }: EmptyProps) {
  return (
    <View className="state state-empty">
      <Text className="state-icon">○</Text>
      <Text className="state-text">{text}</Text>
      {actionText && onAction ? (
        <Btn kind="secondary" onClick={onAction}>
          {actionText}
        </Btn>
      ) : null}
    </View>
  )
}

interface ErrorProps {
  error: Pick<ApiError, 'code' | 'message'>
  onRetry?: () => void
}

/** A failed call in Chinese, with 重试 (and, when logged out on the local runtime, 选择身份). */
export function ErrorBox({ error, onRetry }: ErrorProps) {
  const loggedOut = error.code === 'UNAUTHENTICATED'
  return (
    <View className="state state-error error-box">
      <Text className="state-icon">!</Text>
      <Text className="state-text error-message">{error.message}</Text>
      <View className="state-actions">
        {onRetry ? (
          <Btn kind="primary" className="retry" onClick={onRetry}>
            重试
          </Btn>
        ) : null}
        {loggedOut && DEV_PAGES ? (
          <Btn kind="secondary" onClick={() => Taro.reLaunch({ url: ROUTES.personas })}>
            选择身份登录
          </Btn>
        ) : null}
      </View>
    </View>
  )
}
