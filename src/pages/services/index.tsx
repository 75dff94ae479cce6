/** 办事: what exists (一键报事) and what is coming (marked 即将开放, no dead ends). */
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { PageShell } from '../../components'
import { CERT_ROUTES } from '../../lib/certificates'
import { go, ROUTES } from '../../lib/routes'

const SOON = [
  { key: 'property-rating', icon: '⭐', title: '物业评价', text: '给物业打分，每季度发布红黑榜' },
  { key: 'fair', icon: '🎪', title: '民生集市预约', text: '义诊、理发、维修，预约时段免排队' },
]

export default function ServicesPage() {
  const soon = (title: string) =>
    Taro.showModal({ title, content: '这项服务即将开放，敬请期待。遇到问题可先用“一键报事”。', showCancel: false })

  return (
    <PageShell>
      <Text className="h2">可以办</Text>
      <View className="card card-link service-report" onClick={() => go(ROUTES.home)}>
        <Text className="channel-icon">📣</Text>
        <View className="grow" style={{ marginLeft: '16px' }}>
          <Text className="block" style={{ fontWeight: 'bold' }}>
            一键报事
          </Text>
          <Text className="block muted small">报物业、报网格员，拍照就能报</Text>
        </View>
        <Text className="chevron">›</Text>
      </View>
      <View className="card card-link" onClick={() => go(ROUTES.reportMine)}>
        <Text className="channel-icon">📋</Text>
        <View className="grow" style={{ marginLeft: '16px' }}>
          <Text className="block" style={{ fontWeight: 'bold' }}>
            我的报事
          </Text>
          <Text className="block muted small">查看进度、确认解决、评价</Text>
        </View>
        <Text className="chevron">›</Text>
      </View>

      <View className="card card-link service-certificates" onClick={() => go(CERT_ROUTES.types)}>
        <Text className="channel-icon">📄</Text>
        <View className="grow" style={{ marginLeft: '16px' }}>
          <Text className="block" style={{ fontWeight: 'bold' }}>
            在线办事（居住证明等）
          </Text>
          <Text className="block muted small">一次告知所需材料，审核后出具可扫码核验的电子证明</Text>
        </View>
        <Text className="chevron">›</Text>
      </View>

      <Text className="h2">即将开放</Text>
      {SOON.map((s) => (
        <View key={s.key} className="card card-link service-soon" onClick={() => soon(s.title)}>
          <Text className="channel-icon">{s.icon}</Text>
          <View className="grow" style={{ marginLeft: '16px' }}>
            <Text className="block" style={{ fontWeight: 'bold' }}>
              {s.title}
            </Text>
            <Text className="block muted small">{s.text}</Text>
          </View>
          <Text className="status-tag status-closed">即将开放</Text>
        </View>
      ))}
    </PageShell>
  )
}
