/**
 * 消息 for staff: what waits for me now (待办, 已超时, 抢单池, each opening its inbox tab), and my
 * notifications (新工单, 催办, 超时提醒) from the message box, on every runtime; on WeChat they also
 * arrive as 服务通知 when the person allowed it.
 */
import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import type { InboxOutput } from '../../../../types/report'
import { call } from '../../../api'
import { ErrorBox, Loading, MessageList, PageShell, StaffTabBar, useMessageBox } from '../../../components'
import { ROUTES, withQuery } from '../../../lib/routes'
import { useLoad } from '../../../lib/use-load'
import '../../shared/staff.scss'
import './index.scss'

const WAITING: { key: 'todo' | 'overdue' | 'pool'; label: string }[] = [
  { key: 'todo', label: '待办' },
  { key: 'overdue', label: '已超时' },
  { key: 'pool', label: '抢单池' },
]

export default function StaffMessages() {
  const waiting = useLoad(() => call<InboxOutput>('workorder', 'inbox', { filter: 'todo', limit: 1 }))
  const box = useMessageBox()
  usePullDownRefresh(() => {
    Promise.all([waiting.reload(), box.reload()]).finally(() => Taro.stopPullDownRefresh())
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
        <MessageList box={box} emptyText="还没有通知。有新工单或催办时会在这里出现。" />
      </View>
      <StaffTabBar current="messages" />
    </PageShell>
  )
}
