/** 我的报事: my orders and the ones I follow (同问), newest first; pull to refresh, more at the bottom. */
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { useRef, useState } from 'react'
import { formatTime, remainingText } from '../../../../types/china-time'
import type { ListOutput, OrderSummary } from '../../../../types/report'
import { type ApiError, call, toApiError } from '../../../api'
import { Btn, Empty, ErrorBox, Loading, PageShell, StatusTag } from '../../../components'
import { deadlineLabel } from '../../../lib/order-labels'
import { go, ROUTES, withQuery } from '../../../lib/routes'

export default function ReportMinePage() {
  const [items, setItems] = useState<OrderSummary[]>([])
  const [cursor, setCursor] = useState<string | null>(null)
  const [loaded, setLoaded] = useState(false)
  const [loading, setLoading] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)
  const busy = useRef(false)

  const load = async (more: boolean) => {
    if (busy.current) return
    busy.current = true
    setLoading(true)
    setError(null)
    try {
      const out = await call<ListOutput>('report', 'mine', { limit: 20, cursor: more ? cursor : null })
      setItems((list) => (more ? [...list, ...out.items] : out.items))
      setCursor(out.nextCursor)
      setLoaded(true)
    } catch (e) {
      setError(toApiError(e))
    } finally {
      busy.current = false
      setLoading(false)
    }
  }

  useDidShow(() => void load(false))
  usePullDownRefresh(() => {
    void load(false).finally(() => Taro.stopPullDownRefresh())
  })
  useReachBottom(() => {
    if (cursor) void load(true)
  })

  return (
    <PageShell className="report-mine">
      {loading && !items.length ? <Loading /> : null}
      {error ? <ErrorBox error={error} onRetry={() => void load(items.length > 0 && !!cursor)} /> : null}
      {loaded && !items.length && !error ? (
        <Empty text="您还没有报过事" actionText="去报事" onAction={() => go(ROUTES.home)} />
      ) : null}
      {items.map((o) => (
        <View
          key={o.id}
          className={`card order-item${o.overdue ? ' order-overdue' : ''}`}
          style={o.overdue ? { borderLeft: '8px solid #cf222e' } : undefined}
          onClick={() => go(withQuery(ROUTES.reportDetail, { id: o.id }))}
        >
          <View className="row between">
            <Text style={{ fontWeight: 'bold' }}>{o.categoryName}</Text>
            <StatusTag status={o.status} label={o.statusLabel} overdue={o.overdue} />
          </View>
          <Text className="block order-description" style={{ margin: '8px 0' }}>
            {o.description.length > 60 ? `${o.description.slice(0, 60)}…` : o.description}
          </Text>
          <Text className="block muted small">
            {o.number} · {formatTime(o.createdAt)}
            {o.followed ? ' · 我同问的' : ''}
          </Text>
          <Text className="block muted small">
            {o.handlerOrgName}
            {o.handlerStaffName ? ` · ${o.handlerStaffName}` : ''}
            {o.statusGroup === 'open' && o.nextDeadline ? ` · ${deadlineLabel(o)}${remainingText(o.nextDeadline)}` : ''}
          </Text>
          {o.statusGroup === 'fixed' ? (
            <Text className="block small" style={{ color: '#bc4c00' }}>
              已办结，请确认是否解决 ›
            </Text>
          ) : null}
        </View>
      ))}
      {cursor && items.length ? (
        <Btn kind="secondary" block loading={loading} loadingText="加载中…" onClick={() => void load(true)}>
          加载更多
        </Btn>
      ) : null}
      {loaded && items.length && !cursor ? (
        <Text className="block muted small" style={{ textAlign: 'center' }}>
          没有更多了
        </Text>
      ) : null}
    </PageShell>
  )
}
