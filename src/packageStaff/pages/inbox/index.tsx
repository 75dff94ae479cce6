/**
 * 我的工单 (the staff workbench): tabs with their counts, the category filter of what my org handles,
 * and the orders — as cards on a phone, as a sortable table with a detail pane and batch 签收 at a desk.
 */
import { View } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useEffect, useMemo, useState } from 'react'
import type { CategoryView } from '../../../../types/catalog'
import type { User } from '../../../../types/identity'
import type { OrderSummary } from '../../../../types/report'
import { call, getUser, toApiError } from '../../../api'
import { Empty, ErrorBox, Loading, PageShell, StaffTabBar } from '../../../components'
import { loadCategories } from '../../../lib/categories'
import { useInbox } from '../../../lib/use-inbox'
import { useDeskLayout } from '../../../lib/use-window-width'
import { openOrder } from '../../shared/nav'
import { acknowledgeAll, DeskView } from './parts/DeskView'
import { hasRole, InboxHeader } from './parts/InboxHeader'
import { CategoryFilter, InboxTabs, TAB_LABEL, tabsFor } from './parts/InboxTabs'
import { OrderCard } from './parts/OrderCard'
import type { InboxTab } from './parts/rows'
import './index.scss'
import './desk.scss'

const CONFLICT_TEXT = '该工单已被他人处理，已为您刷新'

export default function Inbox() {
  const asked = useRouter().params.filter as InboxTab | undefined
  const [user, setUser] = useState<User | null>(() => getUser())
  const tabs = useMemo(() => tabsFor(user?.scopes.map((s) => s.role) ?? []), [user])
  const [filter, setFilter] = useState<InboxTab>(asked && tabs.includes(asked) ? asked : 'todo')
  const [category, setCategory] = useState('')
  const [categories, setCategories] = useState<CategoryView[]>([])
  const [busyId, setBusyId] = useState<string | null>(null)
  const desk = useDeskLayout()
  const inbox = useInbox({ filter, categoryCode: category || undefined })
  const { items, counts, onDuty, setOnDuty, loading, loadingMore, error, hasMore, loadMore } = inbox
  const isDepartment = hasRole(user, 'department_officer')

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
    } catch (e) {
      const err = toApiError(e)
      Taro.showToast({ title: err.code === 'CONFLICT' ? CONFLICT_TEXT : err.message, icon: 'none', duration: 2500 })
    } finally {
      setBusyId(null)
      await inbox.refresh()
    }
  }

  const empty =
    filter === 'todo'
      ? '暂无待办工单，新工单派来时会通知您'
      : filter === 'reported'
        ? '您还没有巡查上报过问题'
        : `${TAB_LABEL[filter]}暂无工单`
  // a manager's 待办 is only what they must do themselves: when it is empty, the org's work is one tap away
  const openElsewhere = filter === 'todo' && tabs.includes('open') ? (counts?.open ?? 0) : 0

  return (
    <PageShell title="我的工单" className={desk ? 'staff-desk' : ''}>
      <View className="inbox">
        <InboxHeader
          user={user}
          onDuty={onDuty}
          openHeld={onDuty !== null ? (counts?.todo ?? 0) : 0}
          onDutyChange={setOnDuty}
        />
        <InboxTabs tabs={tabs} current={filter} counts={counts} onPick={setFilter} />
        <CategoryFilter categories={categories} handled={inbox.categoryCodes} current={category} onPick={setCategory} />
        {loading ? (
          <Loading />
        ) : error ? (
          <ErrorBox error={error} onRetry={inbox.retry} />
        ) : items.length === 0 ? (
          <Empty
            text={openElsewhere ? `您没有待办工单。本单位还有 ${openElsewhere} 张在办，由同事处理中` : empty}
            actionText={openElsewhere ? `查看在办（${openElsewhere}）` : undefined}
            onAction={() => setFilter('open')}
          />
        ) : desk ? (
          <DeskView
            items={items}
            isDepartment={isDepartment}
            onBatch={async (ids) => {
              const out = await acknowledgeAll(ids)
              await inbox.refresh()
              return out
            }}
          />
        ) : (
          <View className="inbox-list">
            {items.map((o) => (
              <OrderCard
                key={o.id}
                o={o}
                isDepartment={isDepartment}
                busy={busyId === o.id}
                onOpen={() => openOrder(o.id)}
                onAct={(action) => act(o, action)}
              />
            ))}
          </View>
        )}
        {!loading && !error && items.length > 0 ? (
          hasMore ? (
            <View className="inbox-more" onClick={loadMore}>
              {loadingMore ? '加载中…' : '加载更多'}
            </View>
          ) : (
            <View className="inbox-end">没有更多了</View>
          )
        ) : null}
      </View>
      <StaffTabBar current="work" />
    </PageShell>
  )
}
