/**
 * 消息 for staff: what waits for me now (待办, 已超时, 抢单池, each opening its inbox tab), and the
 * notifications WeChat pushes (新工单, 催办, 超时提醒). On the local runtime those are the outbox;
 * in production they arrive as WeChat 服务通知, which the page says instead of showing an empty list.
 */
import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { formatTime } from '../../../../types/china-time'
import type { InboxOutput } from '../../../../types/report'
import { call } from '../../../api'
import { Empty, ErrorBox, Loading, PageShell, StaffTabBar } from '../../../components'
import { IS_LOCAL } from '../../../lib/env'
import { go, ROUTES, withQuery } from '../../../lib/routes'
import { useLoad } from '../../../lib/use-load'
import '../../shared/staff.scss'
import './index.scss'

interface Message {
  _id: string
  template: string
  title: string
  body: string
  page?: string
  createdAt: string
}

const WAITING: { key: 'todo' | 'overdue' | 'pool'; label: string }[] = [
  { key: 'todo', label: '待办' },
  { key: 'overdue', label: '已超时' },
  { key: 'pool', label: '抢单池' },
]

export default function StaffMessages() {
  const waiting = useLoad(() => call<InboxOutput>('workorder', 'inbox', { filter: 'todo', limit: 1 }))
  const outbox = useLoad(() => call<{ items: Message[] }>('dev', 'outbox', {}), [], { skip: !IS_LOCAL })
  usePullDownRefresh(() => {
    Promise.all([waiting.reload(), IS_LOCAL ? outbox.reload() : null]).finally(() => Taro.stopPullDownRefresh())
  })
  const counts = waiting.data?.counts

  return (
    <PageShell title="消息">
      <View className="msg">
        <View className="msg-section">需要您处理</View>
        {waiting.error ? <ErrorBox error={waiting.error} onRetry={waiting.reload} /> : null}
        {counts ? (
          <View className="msg-waiting">
            {WAITING.filter((w) => w.key !== 'pool' || counts.pool > 0).map((w) => (
              <View
                key={w.key}
                className={`msg-count msg-count-${w.key} ${w.key === 'overdue' && counts.overdue ? 'is-alert' : ''}`}
                onClick={() => Taro.reLaunch({ url: withQuery(ROUTES.staffInbox, { filter: w.key }) })}
              >
                <Text className="msg-count-n">{counts[w.key]}</Text>
                <Text className="msg-count-label">{w.label}</Text>
              </View>
            ))}
          </View>
        ) : waiting.loading ? (
          <Loading />
        ) : null}

        <View className="msg-section">通知</View>
        {!IS_LOCAL ? (
          <View className="msg-hint">新工单、催办和超时提醒通过微信“服务通知”送达，请在微信中查看。</View>
        ) : outbox.error ? (
          <ErrorBox error={outbox.error} onRetry={outbox.reload} />
        ) : !outbox.data ? (
          <Loading />
        ) : outbox.data.items.length === 0 ? (
          <Empty text="还没有通知。有新工单或催办时会在这里出现。" />
        ) : (
          <View>
            <View className="msg-hint">本地演示：这里显示微信会以“服务通知”推送给您的消息。</View>
            {outbox.data.items.map((m) => (
              <View
                key={m._id}
                className="msg-item"
                onClick={m.page ? () => go(m.page?.startsWith('/') ? m.page : `/${m.page}`) : undefined}
              >
                <View className="msg-item-top">
                  <Text className="msg-item-title">{m.title || m.template}</Text>
                  <Text className="msg-item-time">{formatTime(m.createdAt)}</Text>
                </View>
                <Text className="msg-item-body">{m.body}</Text>
                {m.page ? <Text className="msg-item-link">查看详情 ›</Text> : null}
              </View>
            ))}
          </View>
        )}
      </View>
      <StaffTabBar current="messages" />
    </PageShell>
  )
}
