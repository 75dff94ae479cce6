import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { formatTime, remainingText } from '../../../../types/china-time'
import type { User } from '../../../../types/identity'
import { getUser } from '../../../api'
import { Empty, ErrorBox, Loading, PageShell, StaffTabBar, StatusTag } from '../../../components'
import { deadlineLabel, escalationBadge } from '../../../lib/order-labels'
import { go, ROUTES, withQuery } from '../../../lib/routes'
import { useInbox } from '../../../lib/use-inbox'
import { AdminLinks } from '../../shared/AdminLinks'
import { HolidayBanner } from './holiday-banner'
import { SupervisionLinks } from './supervision-links'
import './index.scss'

type Tab = 'overdue' | 'all'

/**
 * For community and street admins: the orders in their scope, overdue first. Only real counts from
 * `workorder.inbox`; the charts and rankings come later.
 */
export default function Dashboard() {
  const [user, setUser] = useState<User | null>(() => getUser())
  const [tab, setTab] = useState<Tab>('overdue')
  const { items, counts, loading, loadingMore, error, hasMore, loadMore, retry } = useInbox({ filter: tab })

  useDidShow(() => setUser(getUser()))

  const open = (id: string) => go(withQuery(ROUTES.staffOrder, { id }))

  return (
    <PageShell title={user?.scopes.some((s) => s.role === 'street_admin') ? '街道工作台' : '工单看板'}>
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

        <HolidayBanner />

        <SupervisionLinks user={user} />

        <AdminLinks user={user} />

        <View className="dash-stats">
          <View className="dash-stat">
            <Text className="dash-stat-num">{counts ? (counts.open ?? counts.todo) : '–'}</Text>
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
          <ErrorBox error={error} onRetry={retry} />
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
                    <Text className="dash-badge dash-badge-warn">{escalationBadge(o.escalationLevel)}</Text>
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
                {o.nextDeadline ? (
                  <View className={`dash-item-deadline ${o.overdue ? 'is-overdue' : ''}`}>
                    {remainingText(o.nextDeadline)}
                    <Text className="dash-item-deadline-at">
                      {' '}
                      · {deadlineLabel(o)}截止 {formatTime(o.nextDeadline)}
                    </Text>
                  </View>
                ) : null}
                <View className="dash-item-meta">
                  {o.number} · {formatTime(o.createdAt)}
                </View>
              </View>
            ))}
            {hasMore ? (
              <View className="dash-more" onClick={loadMore}>
                {loadingMore ? '加载中…' : '加载更多'}
              </View>
            ) : (
              <View className="dash-end">没有更多了</View>
            )}
          </View>
        )}

        <View className="dash-note">
          说明：本页为工单列表与实时计数；考核指标与图表见“督办考核”，物业季度排名见“物业红黑榜”。
        </View>
      </View>
      <StaffTabBar current="work" />
    </PageShell>
  )
}
