import { ScrollView, Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { CategoryView } from '../../../../types/catalog'
import { formatTime, remainingText } from '../../../../types/china-time'
import type { User } from '../../../../types/identity'
import type { InboxOutput, OrderSummary } from '../../../../types/report'
import { call, getUser, toApiError } from '../../../api'
import { Empty, ErrorBox, Loading, PageShell, StatusTag } from '../../../components'
import { loadCategories } from '../../../lib/categories'
import { deadlineLabel, escalationBadge } from '../../../lib/order-labels'
import { ROUTES } from '../../../lib/routes'
import { useInbox } from '../../../lib/use-inbox'
import { openOrder } from '../../shared/nav'
import './index.scss'

type Filter = 'todo' | 'pool' | 'overdue' | 'resolved' | 'all'
type Counts = InboxOutput['counts']

const FILTERS: { key: Filter; label: string }[] = [
  { key: 'todo', label: '待办' },
  { key: 'pool', label: '抢单池' },
  { key: 'overdue', label: '已超时' },
  { key: 'resolved', label: '已办结' },
  { key: 'all', label: '全部' },
]

const CONFLICT_TEXT = '该工单已被他人处理，已为您刷新'

function hasRole(user: User | null, ...roles: string[]): boolean {
  return !!user?.scopes.some((s) => roles.includes(s.role))
}

export default function Inbox() {
  const [user, setUser] = useState<User | null>(() => getUser())
  const [filter, setFilter] = useState<Filter>('todo')
  const [category, setCategory] = useState<string>('')
  const [categories, setCategories] = useState<CategoryView[]>([])
  const [busyId, setBusyId] = useState<string | null>(null)
  const inbox = useInbox({ filter, categoryCode: category || undefined })
  const { items, counts, onDuty, setOnDuty, loading, loadingMore, error, hasMore, loadMore } = inbox

  useEffect(() => {
    loadCategories()
      .then(setCategories)
      .catch(() => setCategories([]))
  }, [])

  useDidShow(() => setUser(getUser()))

  const act = async (order: OrderSummary, action: 'acknowledge' | 'grab') => {
    if (busyId) return
    setBusyId(order.id)
    try {
      await call('workorder', action, { id: order.id })
      Taro.showToast({ title: action === 'grab' ? '抢单成功' : '已签收', icon: 'success' })
      await inbox.refresh()
    } catch (e) {
      const err = toApiError(e)
      if (err.code === 'CONFLICT') {
        Taro.showToast({ title: CONFLICT_TEXT, icon: 'none', duration: 2500 })
        await inbox.refresh()
      } else {
        Taro.showToast({ title: err.message, icon: 'none' })
      }
    } finally {
      setBusyId(null)
    }
  }

  // only frontline staff and property managers have an org pool to grab from
  const hasPool = hasRole(user, 'grid_worker', 'property_staff', 'property_manager')

  return (
    <PageShell title="我的工单">
      <View className="inbox">
        <View className="inbox-header">
          <View className="inbox-who">
            <Text className="inbox-name">{user?.name ?? '工作人员'}</Text>
            {user?.title ? <Text className="inbox-scope">{user.title}</Text> : null}
          </View>
          <View className="inbox-header-actions">
            {onDuty !== null ? (
              <View
                className={`inbox-duty ${onDuty ? 'is-on' : 'is-off'}`}
                onClick={async () => {
                  try {
                    const next = await call<{ onDuty: boolean }>('workorder', 'duty', { onDuty: !onDuty })
                    setOnDuty(next.onDuty)
                    Taro.showToast({
                      title: next.onDuty ? '已在岗，新工单会派给您' : '已休息，新工单暂不派给您',
                      icon: 'none',
                    })
                  } catch (e) {
                    Taro.showToast({ title: e instanceof Error ? e.message : '操作失败', icon: 'none' })
                  }
                }}
              >
                {onDuty ? '在岗' : '休息中'}
              </View>
            ) : null}
            {hasRole(user, 'grid_worker', 'grid_leader') ? (
              <View className="inbox-patrol" onClick={() => Taro.navigateTo({ url: ROUTES.staffPatrol })}>
                巡查上报
              </View>
            ) : null}
            {hasRole(user, 'grid_worker', 'grid_leader', 'community_admin', 'street_admin') ? (
              <View
                className="inbox-patrol inbox-households"
                onClick={() => Taro.navigateTo({ url: ROUTES.staffHouseholds })}
              >
                待核实住户
              </View>
            ) : null}
            {hasRole(user, 'community_admin', 'street_admin') ? (
              <View className="inbox-dashboard" onClick={() => Taro.navigateTo({ url: ROUTES.adminDashboard })}>
                社区看板
              </View>
            ) : null}
          </View>
        </View>

        <View className="inbox-filters">
          {FILTERS.filter((f) => f.key !== 'pool' || hasPool).map((f) => {
            const count = counts && f.key in counts ? counts[f.key as keyof Counts] : null
            return (
              <View
                key={f.key}
                className={`inbox-filter inbox-filter-${f.key} ${filter === f.key ? 'is-active' : ''} ${
                  f.key === 'overdue' && count ? 'is-alert' : ''
                }`}
                onClick={() => setFilter(f.key)}
              >
                <Text>{f.label}</Text>
                {count !== null ? <Text className="inbox-filter-count">{count}</Text> : null}
              </View>
            )
          })}
        </View>

        {categories.length > 0 ? (
          <ScrollView scrollX className="inbox-categories" enableFlex>
            <View className={`inbox-category ${category === '' ? 'is-active' : ''}`} onClick={() => setCategory('')}>
              全部类别
            </View>
            {categories.map((c) => (
              <View
                key={c.code}
                className={`inbox-category inbox-category-${c.code} ${category === c.code ? 'is-active' : ''}`}
                onClick={() => setCategory(category === c.code ? '' : c.code)}
              >
                {c.name}
              </View>
            ))}
          </ScrollView>
        ) : null}

        {loading ? (
          <Loading />
        ) : error ? (
          <ErrorBox error={error} onRetry={inbox.retry} />
        ) : items.length === 0 ? (
          <Empty text={filter === 'todo' ? '暂无待办工单' : filter === 'pool' ? '抢单池暂无工单' : '暂无工单'} />
        ) : (
          <View className="inbox-list">
            {items.map((o) => {
              const kind = deadlineLabel(o)
              return (
                <View
                  key={o.id}
                  className={`inbox-item ${o.overdue ? 'is-overdue' : ''}`}
                  data-id={o.id}
                  onClick={() => openOrder(o.id)}
                >
                  <View className="inbox-item-top">
                    <Text className="inbox-item-category">{o.categoryName}</Text>
                    <View className="inbox-badges">
                      {o.urgent ? <Text className="s-badge s-badge-urgent">紧急</Text> : null}
                      {o.supervised ? <Text className="s-badge s-badge-supervised">督办</Text> : null}
                      {o.unverifiedReporter ? <Text className="s-badge">未核实住户</Text> : null}
                      {o.escalationLevel > 0 ? (
                        <Text className="s-badge s-badge-escalated">{escalationBadge(o.escalationLevel)}</Text>
                      ) : null}
                      {o.pool ? <Text className="s-badge s-badge-pool">抢单池</Text> : null}
                      {o.followerCount > 0 ? (
                        <Text className="s-badge s-badge-follow">{o.followerCount}人同问</Text>
                      ) : null}
                    </View>
                    <StatusTag status={o.status} label={o.statusLabel} overdue={o.overdue} />
                  </View>
                  <View className="inbox-item-desc">{o.description}</View>
                  <View className="inbox-item-address">{o.addressLabel}</View>
                  {o.nextDeadline ? (
                    <View className={`inbox-item-deadline ${o.overdue ? 'is-overdue' : ''}`}>
                      <Text className="inbox-deadline-text">{remainingText(o.nextDeadline)}</Text>
                      <Text className="inbox-deadline-at">
                        {' '}
                        · {kind}截止 {formatTime(o.nextDeadline)}
                      </Text>
                    </View>
                  ) : null}
                  <View className="inbox-item-bottom">
                    <Text className="inbox-item-meta">
                      {o.number} · {formatTime(o.createdAt)}
                      {o.handlerStaffName && !o.mine ? ` · ${o.handlerStaffName}` : ''}
                    </Text>
                    {o.pool && o.status === 'assigned' ? (
                      <View
                        className={`inbox-btn inbox-grab ${busyId === o.id ? 'is-busy' : ''}`}
                        onClick={(e) => {
                          e.stopPropagation()
                          act(o, 'grab')
                        }}
                      >
                        {busyId === o.id ? '抢单中…' : '抢单'}
                      </View>
                    ) : o.mine && o.status === 'assigned' ? (
                      <View
                        className={`inbox-btn inbox-ack ${busyId === o.id ? 'is-busy' : ''}`}
                        onClick={(e) => {
                          e.stopPropagation()
                          act(o, 'acknowledge')
                        }}
                      >
                        {busyId === o.id ? '签收中…' : '签收'}
                      </View>
                    ) : null}
                  </View>
                </View>
              )
            })}
            {hasMore ? (
              <View className="inbox-more" onClick={loadMore}>
                {loadingMore ? '加载中…' : '加载更多'}
              </View>
            ) : (
              <View className="inbox-end">没有更多了</View>
            )}
          </View>
        )}
      </View>
    </PageShell>
  )
}
