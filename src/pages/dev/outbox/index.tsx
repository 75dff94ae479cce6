/** Local runtime only: the notifications WeChat would have pushed to me (`dev.outbox`). */
import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { formatTime } from '../../../../types/china-time'
import { call, toApiError } from '../../../api'
import { Btn, Empty, ErrorBox, Loading, PageShell } from '../../../components'
import { IS_LOCAL } from '../../../lib/env'
import { go, ROUTES } from '../../../lib/routes'
import { useLoad } from '../../../lib/use-load'

interface Message {
  _id: string
  template: string
  title: string
  body: string
  page?: string
  createdAt: string
}
interface Page {
  items: Message[]
  nextCursor: string | null
}

export default function OutboxPage() {
  const first = useLoad(() => call<Page>('dev', 'outbox', {}), [], { skip: !IS_LOCAL })
  const [more, setMore] = useState<Message[]>([])
  const [cursor, setCursor] = useState<string | null | undefined>(undefined)
  const [moreError, setMoreError] = useState<string | null>(null)
  const [loadingMore, setLoadingMore] = useState(false)

  usePullDownRefresh(() => {
    setMore([])
    setCursor(undefined)
    first.reload().finally(() => Taro.stopPullDownRefresh())
  })

  if (!IS_LOCAL) {
    return (
      <PageShell>
        <Empty text="正式环境的通知通过微信服务通知送达。" actionText="返回首页" onAction={() => go(ROUTES.home)} />
      </PageShell>
    )
  }

  const next = cursor === undefined ? (first.data?.nextCursor ?? null) : cursor
  const items = [...(first.data?.items ?? []), ...more]
  const loadMore = async () => {
    if (!next || loadingMore) return
    setLoadingMore(true)
    setMoreError(null)
    try {
      const out = await call<Page>('dev', 'outbox', { cursor: next })
      setMore((m) => [...m, ...out.items])
      setCursor(out.nextCursor)
    } catch (e) {
      setMoreError(toApiError(e).message)
    } finally {
      setLoadingMore(false)
    }
  }

  return (
    <PageShell>
      <Text className="block muted small">本地演示：这里显示微信会以“服务通知”推送给您的消息。</Text>
      {first.loading ? <Loading /> : null}
      {first.error ? <ErrorBox error={first.error} onRetry={first.reload} /> : null}
      {first.data && !items.length ? (
        <Empty text="还没有消息" actionText="返回首页" onAction={() => go(ROUTES.home)} />
      ) : null}
      {items.map((m) => (
        <View
          key={m._id}
          className="card outbox-item"
          onClick={m.page ? () => go(m.page!.startsWith('/') ? m.page! : `/${m.page}`) : undefined}
        >
          <View className="row between">
            <Text style={{ fontWeight: 'bold' }}>{m.title || m.template}</Text>
            <Text className="muted small">{formatTime(m.createdAt)}</Text>
          </View>
          <Text className="block" style={{ whiteSpace: 'pre-wrap' }}>
            {m.body}
          </Text>
          {m.page ? (
            <Text className="block small" style={{ color: '#1f6feb' }}>
              查看详情 ›
            </Text>
          ) : null}
        </View>
      ))}
      {moreError ? <View className="alert-red">{moreError}</View> : null}
      {next ? (
        <Btn kind="secondary" block loading={loadingMore} onClick={() => void loadMore()}>
          加载更多
        </Btn>
      ) : null}
    </PageShell>
  )
}
