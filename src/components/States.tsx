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

/** A small picture drawn in CSS (no image file): an empty tray, a warning sign, a lock, a lost page. */
function StateArt({ kind }: { kind: 'empty' | 'error' | 'locked' | 'missing' }) {
  return (
    <View className={`state-art state-art-${kind}`} aria-hidden>
      <View className="state-art-body" />
      <View className="state-art-mark" />
    </View>
  )
}

/** Nothing here yet — and always a way on. */
export function Empty({ text, actionText, onAction }: EmptyProps) {
  return (
    <View className="state state-empty">
      <StateArt kind="empty" />
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

/** Errors a second try can never mend: no 重试 for them, a way home instead. */
const FINAL = new Set(['FORBIDDEN', 'NOT_FOUND', 'INVALID_INPUT'])
const NEXT_STEP: Record<string, string> = {
  FORBIDDEN: '这里只对有权限的人开放。如需办理，请联系社区工作人员。',
  NOT_FOUND: '内容可能已被撤回或删除，可以回首页看看。',
  INVALID_INPUT: '请返回上一页检查填写的内容。',
  UNAUTHENTICATED: '登录后就能继续。',
}

const goHome = () => Taro.reLaunch({ url: ROUTES.home }).catch(() => undefined)

/**
 * A failed call in Chinese with what to do next: 重试 where trying again can help, 回首页 where it
 * cannot (no permission, gone), and, when logged out on the local runtime, 选择身份.
 */
export function ErrorBox({ error, onRetry }: ErrorProps) {
  const loggedOut = error.code === 'UNAUTHENTICATED'
  const final = FINAL.has(error.code)
  const art = error.code === 'FORBIDDEN' ? 'locked' : error.code === 'NOT_FOUND' ? 'missing' : 'error'
  return (
    <View className="state state-error error-box">
      <StateArt kind={art} />
      <Text className="state-text error-message">{error.message}</Text>
      {NEXT_STEP[error.code] ? <Text className="state-hint">{NEXT_STEP[error.code]}</Text> : null}
      <View className="state-actions">
        {final ? (
          <Btn kind="secondary" className="go-home" onClick={goHome}>
            回首页
          </Btn>
        ) : null}
        {onRetry && !final ? (
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
