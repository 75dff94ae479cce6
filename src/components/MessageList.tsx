/**
 * 消息: the signed-in person's message box (`auth.messages`), on every runtime. Opening it marks
 * everything up to now read (`auth.readMessages`); the messages that were new on this visit keep
 * their dot until the next one. Tapping a message opens the page it is about.
 */
import { Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import { formatTime } from '../../types/china-time'
import type { Message, MessagesOutput } from '../../types/messages'
import { call, toApiError } from '../api'
import { go } from '../lib/routes'
import { type Loaded, useLoad } from '../lib/use-load'
import { Btn } from './Btn'
import { Empty, ErrorBox, Loading } from './States'
import './MessageList.scss'

export interface MessageBox {
  first: Loaded<MessagesOutput>
  more: Message[]
  next: string | null
  loadingMore: boolean
  moreError: string | null
  loadMore: () => Promise<void>
  reload: () => Promise<void>
}

/** Loads the first page, marks the box read once it is shown, and pages on. */
export function useMessageBox(): MessageBox {
  const first = useLoad(() => call<MessagesOutput>('auth', 'messages', {}))
  const [more, setMore] = useState<Message[]>([])
  const [cursor, setCursor] = useState<string | null | undefined>(undefined)
  const [moreError, setMoreError] = useState<string | null>(null)
  const [loadingMore, setLoadingMore] = useState(false)
  const marked = useRef(false)

  useEffect(() => {
    if (!first.data || marked.current || first.data.unread === 0) return
    marked.current = true
    // a failure only leaves the dots for next time
    call('auth', 'readMessages', {}).catch(() => undefined)
  }, [first.data])

  const next = cursor === undefined ? (first.data?.nextCursor ?? null) : cursor
  return {
    first,
    more,
    next,
    loadingMore,
    moreError,
    async loadMore() {
      if (!next || loadingMore) return
      setLoadingMore(true)
      setMoreError(null)
      try {
        const out = await call<MessagesOutput>('auth', 'messages', { cursor: next })
        setMore((m) => [...m, ...out.items])
        setCursor(out.nextCursor)
      } catch (e) {
        setMoreError(toApiError(e).message)
      } finally {
        setLoadingMore(false)
      }
    },
    async reload() {
      setMore([])
      setCursor(undefined)
      marked.current = false
      await first.reload()
    },
  }
}

const pageUrl = (page: string) => (page.startsWith('/') ? page : `/${page}`)

export function MessageList({ box, emptyText }: { box: MessageBox; emptyText: string }) {
  const { first } = box
  if (first.error) return <ErrorBox error={first.error} onRetry={first.reload} />
  if (!first.data) return <Loading />
  const items = [...first.data.items, ...box.more]
  if (items.length === 0) return <Empty text={emptyText} />
  return (
    <View className="msg-list">
      {items.map((m) => (
        <View
          key={m.id}
          className={`msg-item ${m.unread ? 'is-unread' : ''}`}
          onClick={m.page ? () => go(pageUrl(m.page as string)) : undefined}
        >
          <View className="msg-item-top">
            <Text className="msg-item-title">
              {m.unread ? <Text className="msg-dot" aria-label="未读" /> : null}
              {m.title}
            </Text>
            <Text className="msg-item-time">{formatTime(m.createdAt)}</Text>
          </View>
          <Text className="msg-item-body">{m.body}</Text>
          {m.page ? <Text className="msg-item-link">查看详情 ›</Text> : null}
        </View>
      ))}
      {box.moreError ? <View className="alert-red">{box.moreError}</View> : null}
      {box.next ? (
        <Btn kind="secondary" block loading={box.loadingMore} onClick={() => void box.loadMore()}>
          加载更多
        </Btn>
      ) : null}
    </View>
  )
}
