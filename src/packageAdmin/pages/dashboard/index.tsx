import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { User } from '../../../../types/identity'
import type { InboxOutput, OrderSummary } from '../../../../types/report'
import { type ApiError, call, getUser, toApiError } from '../../../api'
import { Empty, ErrorBox, Loading, PageShell, StatusTag } from '../../../components'
import { deadlineText, formatTime } from '../../../lib/format'
import { ROUTES, withQuery } from '../../../lib/routes'
import './index.scss'

type Tab = 'overdue' | 'all'

const LEVEL = ['', '已升级至主管', '已升级至社区', '已升级至街道']

/** Which deadline `nextDeadline` is for an order in this state. */
function deadlineKind(status: OrderSummary['status']): string {
  if (status === 'acknowledged' || status === 'in_progress') return '办结'
  if (status === 'resolved') return '自动确认'
  return '签收'
}

/**
 * For community and street admins: the orders in their scope, overdue first. Only real counts from
 * `workorder.inbox`; the charts and rankings come later.
 */
export default function Dashboard() {
  const [user, setUser] = useState<User | null>(() => getUser())
  const [tab, setTab] = useState<Tab>('overdue')
  const [counts, setCounts] = useState<InboxOutput['counts'] | null>(null)
  const [items, setItems] = useState<OrderSummary[]>([])
  const [cursor, setCursor] = useState<string | null>(null)
  const [loading, setLoading] = useState(true)
  const [loadingMore, setLoadingMore] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)
  const seq = useRef(0)
  const shown = useRef(false)

  const load = useCallback(
    async (opts: { append?: boolean; cursor?: string | null; quiet?: boolean } = {}) => {
      const mine = ++seq.current
      if (opts.append) setLoadingMore(true)
      else if (!opts.quiet) setLoading(true)
      try {
        const out = await call<InboxOutput>('workorder', 'inbox', {
          filter: tab,
          cursor: opts.append ? opts.cursor : undefined,
          limit: 20,
        })
        if (mine !== seq.current) return
        setItems((prev) =>
          opts.append ? [...prev, ...out.items.filter((o) => !prev.some((p) => p.id === o.id))] : out.items,
        )
        setCounts(out.counts)
        setCursor(out.nextCursor)
        setError(null)
      } catch (e) {
        if (mine !== seq.current) return
        const err = toApiError(e)
        if (opts.append) Taro.showToast({ title: err.message, icon: 'none' })
        else setError(err)
      } finally {
        if (mine === seq.current) {
          setLoading(false)
          setLoadingMore(false)
        }
      }
    },
    [tab],
  )

  useEffect(() => {
    load()
  }, [load])

  useDidShow(() => {
    setUser(getUser())
    if (shown.current) load({ quiet: true })
    shown.current = true
  })

  usePullDownRefresh(async () => {
    await load({ quiet: true })
    Taro.stopPullDownRefresh()
  })

  const loadMore = () => {
    if (cursor && !loadingMore && !loading) load({ append: true, cursor })
  }
  useReachBottom(loadMore)

  const open = (id: string) => {
    const url = withQuery(ROUTES.staffOrder, { id })
    Taro.navigateTo({ url }).catch(() => Taro.redirectTo({ url }))
  }

  return (
    <PageShell title="工单看板">
      <View className="dash">
        <View className="dash-header">
          <View className="dash-who">
            <Text className="dash-name">{user?.name ?? '管理员'}</Text>
            {user?.title ? <Text className="dash-scope">{user.title}</Text> : null}
          </View>
          <View className="dash-inbox" onClick={() => Taro.navigateTo({ url: ROUTES.staffInbox })}>
            我的工单
          </View>
        </View>

        <View className="dash-stats">
          <View className="dash-stat">
            <Text className="dash-stat-num">{counts ? counts.todo : '–'}</Text>
            <Text className="dash-stat-label">在办工单</Text>
          </View>
          <View className={`dash-stat ${counts?.overdue ? 'is-alert' : ''}`}>
            <Text className="dash-stat-num dash-overdue-count">{counts ? counts.overdue : '–'}</Text>
            <Text className="dash-stat-label">已超时</Text>
          </View>
        </View>

        <View className="dash-tabs">
          <View
            className={`dash-tab dash-tab-overdue ${tab === 'overdue' ? 'is-active' : ''}`}
            onClick={() => setTab('overdue')}
          >
            已超时工单
          </View>
          <View className={`dash-tab dash-tab-all ${tab === 'all' ? 'is-active' : ''}`} onClick={() => setTab('all')}>
            全部工单
          </View>
        </View>

        {loading ? (
          <Loading />
        ) : error ? (
          <ErrorBox error={error} onRetry={() => load()} />
        ) : items.length === 0 ? (
          <Empty text={tab === 'overdue' ? '没有超时工单' : '暂无工单'} />
        ) : (
          <View className="dash-list">
            {items.map((o) => (
              <View
                key={o.id}
                className={`dash-item ${o.overdue ? 'is-overdue' : ''}`}
                data-id={o.id}
                onClick={() => open(o.id)}
              >
                <View className="dash-item-top">
                  <Text className="dash-item-category">{o.categoryName}</Text>
                  {o.urgent ? <Text className="dash-badge dash-badge-urgent">紧急</Text> : null}
                  {o.supervised ? <Text className="dash-badge dash-badge-red">督办</Text> : null}
                  {o.escalationLevel > 0 ? (
                    <Text className="dash-badge dash-badge-warn">{LEVEL[o.escalationLevel]}</Text>
                  ) : null}
                  <View className="dash-spacer" />
                  <StatusTag status={o.status} label={o.statusLabel} overdue={o.overdue} />
                </View>
                <View className="dash-item-desc">{o.description}</View>
                <View className="dash-item-line">{o.addressLabel}</View>
                <View className="dash-item-line">
                  {o.handlerOrgName}
                  {o.handlerStaffName ? ` · ${o.handlerStaffName}` : o.pool ? ' · 抢单池' : ''}
                </View>
                {o.statusGroup !== 'closed' ? (
                  <View className={`dash-item-deadline ${o.overdue ? 'is-overdue' : ''}`}>
                    {deadlineText(o.nextDeadline)}
                    <Text className="dash-item-deadline-at">
                      {' '}
                      · {deadlineKind(o.status)}截止 {formatTime(o.nextDeadline)}
                    </Text>
                  </View>
                ) : null}
                <View className="dash-item-meta">
                  {o.number} · {formatTime(o.createdAt)}
                </View>
              </View>
            ))}
            {cursor ? (
              <View className="dash-more" onClick={loadMore}>
                {loadingMore ? '加载中…' : '加载更多'}
              </View>
            ) : (
              <View className="dash-end">没有更多了</View>
            )}
          </View>
        )}

        <View className="dash-note">
          说明：本页为工单列表与实时计数；统计图表、按时签收率与办结率、物业红黑榜将在后续版本提供。
        </View>
      </View>
    </PageShell>
  )
}
