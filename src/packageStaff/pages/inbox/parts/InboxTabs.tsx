/**
 * The inbox's tabs, each with its count, and the category filter: only the categories the viewer's
 * org handles (the server says which; null: every category). Which tabs a role sees is data here.
 */
import { ScrollView, Text, View } from '@tarojs/components'
import type { CategoryView } from '../../../../../types/catalog'
import type { InboxOutput } from '../../../../../types/report'
import type { InboxTab } from './rows'

type Counts = InboxOutput['counts']

const TABS: { key: InboxTab; label: string }[] = [
  { key: 'todo', label: '待办' },
  { key: 'open', label: '在办' },
  { key: 'pool', label: '抢单池' },
  { key: 'overdue', label: '已超时' },
  { key: 'reported', label: '我上报的' },
  { key: 'resolved', label: '已办结' },
  { key: 'all', label: '全部' },
]

/** 在办 only where the scope is wider than one's own queue; 抢单池 for those with a pool; 我上报的 for patrollers. */
export function tabsFor(roles: readonly string[]): InboxTab[] {
  const has = (...r: string[]) => roles.some((x) => r.includes(x))
  return TABS.map((t) => t.key).filter((k) => {
    if (k === 'open') return has('property_manager', 'grid_leader', 'community_admin', 'street_admin')
    if (k === 'pool') return has('grid_worker', 'property_staff', 'property_manager')
    if (k === 'reported') return has('grid_worker', 'grid_leader')
    return true
  })
}

export const TAB_LABEL = Object.fromEntries(TABS.map((t) => [t.key, t.label])) as Record<InboxTab, string>

export function InboxTabs(props: {
  tabs: InboxTab[]
  current: InboxTab
  counts: Counts | null
  onPick: (t: InboxTab) => void
}) {
  return (
    <View className="inbox-filters">
      {props.tabs.map((key) => {
        const count = props.counts?.[key as keyof Counts]
        return (
          <View
            key={key}
            className={`inbox-filter inbox-filter-${key} ${props.current === key ? 'is-active' : ''} ${
              key === 'overdue' && count ? 'is-alert' : ''
            }`}
            onClick={() => props.onPick(key)}
          >
            <Text>{TAB_LABEL[key]}</Text>
            {/* 全部 has no count (the whole history); a count still loading shows – */}
            {key === 'all' ? null : (
              <Text className="inbox-filter-count">{typeof count === 'number' ? count : '–'}</Text>
            )}
          </View>
        )
      })}
    </View>
  )
}

export function CategoryFilter(props: {
  categories: CategoryView[]
  /** the codes the viewer's org handles; null: all */
  handled: string[] | null
  current: string
  onPick: (code: string) => void
}) {
  const shown = props.handled ? props.categories.filter((c) => props.handled?.includes(c.code)) : props.categories
  if (shown.length < 2) return null
  return (
    <ScrollView scrollX className="inbox-categories" enableFlex>
      <View className={`inbox-category ${props.current === '' ? 'is-active' : ''}`} onClick={() => props.onPick('')}>
        全部类别
      </View>
      {shown.map((c) => (
        <View
          key={c.code}
          className={`inbox-category inbox-category-${c.code} ${props.current === c.code ? 'is-active' : ''}`}
          onClick={() => props.onPick(props.current === c.code ? '' : c.code)}
        >
          {c.name}
        </View>
      ))}
    </ScrollView>
  )
}
