/** 消息 for residents: replies to my reports, bookings and offers, certificates; newest first. */
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { MessageList, PageShell, useMessageBox } from '../../components'

export default function MessagesPage() {
  const box = useMessageBox()
  usePullDownRefresh(() => {
    box.reload().finally(() => Taro.stopPullDownRefresh())
  })
  return (
    <PageShell title="消息">
      <MessageList box={box} emptyText="还没有消息。报事有进展、预约有变化时会通知您。" />
    </PageShell>
  )
}
