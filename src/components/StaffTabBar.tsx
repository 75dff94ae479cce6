/**
 * The tab bar of staff and admins (工作台 / 消息 / 我的): their landing pages live in sub-packages,
 * which the app's own tab bar (residents' 首页 / 办事 / 我的) cannot reach. A tab replaces the page
 * stack, as a tab bar does. Rendered last on the page; it keeps its own space at the bottom.
 */
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { getUser } from '../api'
import { ROUTES, workPageFor } from '../lib/routes'
import './StaffTabBar.scss'

export type StaffTab = 'work' | 'messages' | 'me'

const TABS: { key: StaffTab; text: string; icon: string }[] = [
  { key: 'work', text: '工作台', icon: '▦' },
  { key: 'messages', text: '消息', icon: '✉' },
  { key: 'me', text: '我的', icon: '◉' },
]

/** Where each tab goes for this user: 工作台 is their workbench (the street admin's 街道工作台, others' inbox). */
export function staffTabUrl(tab: StaffTab): string {
  if (tab === 'messages') return ROUTES.staffMessages
  if (tab === 'me') return ROUTES.staffMe
  return workPageFor(getUser()) ?? ROUTES.staffInbox
}

export function StaffTabBar({ current }: { current: StaffTab }) {
  // a resident who opened a staff link gets the page's own error and 回首页, not a bar of staff tabs
  if (getUser()?.kind !== 'staff') return null
  return (
    <View className="staff-tabbar-space">
      <View className="staff-tabbar" role="tablist">
        {TABS.map((t) => (
          <View
            key={t.key}
            className={`staff-tab staff-tab-${t.key} ${current === t.key ? 'is-current' : ''}`}
            role="tab"
            aria-selected={current === t.key}
            onClick={() => {
              if (t.key !== current) Taro.reLaunch({ url: staffTabUrl(t.key) })
            }}
          >
            <Text className="staff-tab-icon">{t.icon}</Text>
            <Text className="staff-tab-text">{t.text}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
